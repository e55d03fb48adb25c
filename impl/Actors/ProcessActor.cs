using Microsoft.Coyote.Actors;
using VmoKernel.Kernel.Events;
using VmoKernel.Kernel.Locking;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Actors;

/// <summary>
/// One process: owns its handle table, rights, address space and <c>vm_seq</c> (<see cref="ProcessState"/>).
/// It never waits: it lends snapshots to the calls its threads make and is where each call linearizes.
/// A call's commit is accepted only if the handles it used are unchanged and (when it numbered handles or
/// read the address space) nothing changed those meanwhile; on acceptance the monitors are told
/// <c>(process, call, result)</c> in the same step, while the call still holds every object it touched.
/// process_getinfo may freeze it (the lock protocol): until released it lends its state and answers
/// nothing else, so several processes can be read at one instant.
/// </summary>
[OnEventDoAction(typeof(ResolveEvent), nameof(OnResolve))]
[OnEventDoAction(typeof(ProcessCommitEvent), nameof(OnCommit))]
[OnEventDoAction(typeof(AcquireEvent), nameof(OnFreezeAsync))]
internal sealed class ProcessActor : Actor
{
    private ProcessState _state = null!;
    private KernelDirectory _directory = null!;
    private Lender<ProcessState> _lender = null!;

    protected override Task OnInitializeAsync(Event initialEvent)
    {
        var init = (ProcessInitEvent)initialEvent;
        _state = init.State;
        _directory = init.Directory;
        _lender = new Lender<ProcessState>(Id, (to, sent) => SendEvent(to, sent), type => ReceiveEventAsync(type));
        _directory.Census.Enrol(Id, () =>
        {
            var now = _state;
            return new Boot.ImagePart(Id, typeof(ProcessActor), directory => new ProcessInitEvent(now, directory));
        });
        return Task.CompletedTask;
    }

    private async Task OnFreezeAsync(Event e)
    {
        // process_getinfo only reads a frozen process; its changes come through commits.
        await _lender.LendAsync((AcquireEvent)e, _state);
    }

    private void OnResolve(Event e) => SendEvent(((ResolveEvent)e).Requester, new ProcessSnapshotEvent(_state));

    private void OnCommit(Event e)
    {
        var commit = (ProcessCommitEvent)e;
        var next = commit.Delta.ApplyTo(_state);
        if (next is null)
        {
            SendEvent(commit.Requester, new CommitAckEvent(false));
            return;
        }

        _state = next;
        _directory.Options.Tell(Monitor, commit.Notification);

        SendEvent(commit.Requester, new CommitAckEvent(true));
    }
}
