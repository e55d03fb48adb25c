using VmoKernel.Kernel.Notifications;
using Monitor = Microsoft.Coyote.Specifications.Monitor;

namespace VmoKernel.Checks.Exploration.Monitors;

/// <summary>
/// A safety monitor over the kernel's linearization points. Each notification is checked against the
/// kernel as observed just before it (<see cref="Check"/>, reading <see cref="Before"/>), folded into
/// that view, then checked again against the kernel just after it (<see cref="CheckAfter"/>, reading
/// <see cref="After"/>). Calls starting and being answered are the liveness monitors' business.
/// </summary>
public abstract class KernelMonitor : Monitor
{
    private readonly ObservedKernel _view = new();

    /// <summary>The kernel just before the notification being checked (valid in <see cref="Check"/>).</summary>
    protected ObservedKernel Before => _view;

    /// <summary>The kernel just after the notification being checked (valid in <see cref="CheckAfter"/>).</summary>
    protected ObservedKernel After => _view;

    /// <summary>Asserts the invariant against the state before the call; messages start with the spec ID.</summary>
    protected virtual void Check(CallLinearizedNotification n)
    {
    }

    /// <summary>Asserts the invariant against the state after the call; messages start with the spec ID.</summary>
    protected virtual void CheckAfter(CallLinearizedNotification n)
    {
    }

    /// <summary>Fails the run with <paramref name="message"/> (taken literally, not as a format string).</summary>
    protected void Fail(string message) => Assert(false, "{0}", message);

    /// <summary>Fails the run unless <paramref name="holds"/>; the message is only built on failure.</summary>
    protected void Require(bool holds, Func<string> message)
    {
        if (!holds)
        {
            Fail(message());
        }
    }

    protected void OnLinearized(Event e)
    {
        var n = (CallLinearizedNotification)e;
        Check(n);
        _view.Apply(n);
        CheckAfter(n);
    }

    [Start]
    [OnEventDoAction(typeof(CallLinearizedNotification), nameof(OnLinearized))]
    [IgnoreEvents(typeof(CallStartedNotification), typeof(CallAnsweredNotification))]
    protected sealed class Observing : State;
}
