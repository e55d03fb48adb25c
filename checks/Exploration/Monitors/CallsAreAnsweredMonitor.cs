using VmoKernel.Abi;

namespace VmoKernel.Checks.Exploration.Monitors;

/// <summary>LIVE-01: every call is eventually answered.</summary>
public sealed class CallsAreAnsweredMonitor : OutstandingCallsMonitor
{
    public const string SpecId = "LIVE-01";

    protected override bool Watches(Syscall call) => true;
}
