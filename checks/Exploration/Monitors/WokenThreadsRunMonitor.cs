using VmoKernel.Kernel.Notifications;
using Monitor = Microsoft.Coyote.Specifications.Monitor;

namespace VmoKernel.Checks.Exploration.Monitors;

/// <summary>
/// LIVE-LINUX-01: a blocked thread is woken by the call that supplies its page. The monitor steps its own
/// model with every linearization (<see cref="LinearizedModel"/>); it is hot while a thread the kernel
/// left blocked has been woken in the model (its page copied or zeroed in, its range woken, unregistered,
/// or its uffd closed) and has not run again. A lost wakeup leaves it hot at the end of the run.
/// </summary>
public sealed class WokenThreadsRunMonitor : Monitor
{
    public const string SpecId = "LIVE-LINUX-01";

    private readonly LinearizedModel _model = new();

    private void OnLinearized(Event e)
    {
        _model.Step((CallLinearizedNotification)e, out _);
        if (_model.WokenKernelWaiters().Any())
        {
            RaiseGotoStateEvent<WokenNotRun>();
        }
        else
        {
            RaiseGotoStateEvent<NoneWaiting>();
        }
    }

    [Start]
    [Cold]
    [OnEventDoAction(typeof(CallLinearizedNotification), nameof(OnLinearized))]
    [IgnoreEvents(typeof(CallStartedNotification), typeof(CallAnsweredNotification))]
    private sealed class NoneWaiting : State;

    [Hot]
    [OnEventDoAction(typeof(CallLinearizedNotification), nameof(OnLinearized))]
    [IgnoreEvents(typeof(CallStartedNotification), typeof(CallAnsweredNotification))]
    private sealed class WokenNotRun : State;
}
