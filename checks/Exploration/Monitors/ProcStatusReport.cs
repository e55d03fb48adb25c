using System.Diagnostics.CodeAnalysis;
using VmoKernel.Abi;
using VmoKernel.Kernel.Notifications;

namespace VmoKernel.Checks.Exploration.Monitors;

/// <summary>
/// One field of a successful proc_status answer beside the calling process's own counts from the Linux facts:
/// the monitors that compare what proc_status added up with what the areas and pages hold read both the same way.
/// </summary>
internal static class ProcStatusReport
{
    public static bool TryRead(CallLinearizedNotification n, string field, out ulong reported, [NotNullWhen(true)] out LinuxMmFacts? mm)
    {
        reported = 0;
        mm = null;
        if (n.Call is not ProcStatus || !n.Result.Succeeded || n.Result.Value is not RecordValue status
            || status[field] is not IntValue { Number: var number } || n.Linux is not { } linux
            || !linux.Mms.TryGetValue(n.Process, out var facts))
        {
            return false;
        }

        reported = number;
        mm = facts;
        return true;
    }
}
