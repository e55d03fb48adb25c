using Microsoft.Coyote.Actors;

namespace VmoKernel.Checks.Bench;

/// <summary>
/// Tells when a harness's user threads have all halted on a runtime without Coyote's scheduler, where
/// nothing else says an iteration is over: one set-up thread plus <paramref name="clients"/> client threads.
/// </summary>
internal sealed class HarnessThreadHalts(int clients, Action allHalted) : ActorRuntimeLogTextFormatter
{
    private int _halted;

    public override void OnHalt(ActorId id, int inboxSize)
    {
        if (id.Type.EndsWith("HarnessThreadActor", StringComparison.Ordinal) && Interlocked.Increment(ref _halted) == clients + 1)
        {
            allHalted();
        }
    }
}
