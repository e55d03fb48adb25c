using VmoKernel.Kernel.Notifications;

namespace VmoKernel.Checks.Exploration.Monitors;

/// <summary>
/// INV-LINUX-18's count: what proc_status reports as VmRSS is the bytes of the calling process's pages that hold a
/// frame, counted from its areas and page entries as the call left them (the zero page and purge markers hold none),
/// not from what proc_status itself added up; so a call that maps a frame it should not, or forgets one, shows
/// at the next proc_status even when every other answer is right.
/// </summary>
public sealed class VmRssCountsResidentPagesMonitor : KernelMonitor
{
    public const string SpecId = "INV-LINUX-18";

    protected override void CheckAfter(CallLinearizedNotification n)
    {
        if (ProcStatusReport.TryRead(n, "VmRSS", out var reported, out var mm))
        {
            Require(reported == mm.VmRssBytes,
                () => $"{SpecId}: proc_status reported VmRSS {reported} but the process's pages with a frame add up to {mm.VmRssBytes} bytes, by {CallText.Of(n)}");
        }
    }
}
