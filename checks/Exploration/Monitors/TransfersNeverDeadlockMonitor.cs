using VmoKernel.Abi;

namespace VmoKernel.Checks.Exploration.Monitors;

/// <summary>LIVE-02: transfers in opposite directions never deadlock: every zx_vmo_transfer_data is eventually answered.</summary>
public sealed class TransfersNeverDeadlockMonitor : OutstandingCallsMonitor
{
    public const string SpecId = "LIVE-02";

    protected override bool Watches(Syscall call) => call is VmoTransferData;
}
