using Microsoft.Coyote.Actors;
using VmoKernel.Kernel.Calls;
using VmoKernel.Kernel.Events;
using VmoKernel.Kernel.Locking;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Actors;

/// <summary>
/// The reclaimer: owns the regular and hinted reclaim lists (least recently unlocked first) and runs
/// concurrently with every call. Calls that add a discardable VMO or unlock one to a count of 0 hold the
/// reclaimer's lock (it is ranked first) and hand their list changes back on release; which list a VMO is
/// on is its own ALWAYS_NEED flag, read under its lock.
/// <para>
/// <c>reclaim(level)</c>: the reclaimer first walks its lists, peeking at each VMO without its lock
/// while other calls keep running; then it holds its own lists, takes every listed VMO and physical
/// memory in the global order, discards each VMO that is eligible now (least recently unlocked first,
/// the regular list before the hinted one) and linearizes the call at the caller's process. At that point
/// nothing eligible remains, which is what the model's atomic reclaim says.
/// </para>
/// </summary>
[OnEventDoAction(typeof(AcquireEvent), nameof(OnAcquireAsync))]
[OnEventDoAction(typeof(ReclaimRequestEvent), nameof(OnReclaimAsync))]
internal sealed class ReclaimerActor : Actor
{
    private readonly List<(ulong Koid, ActorId Actor)> _unlockOrder = [];
    private KernelDirectory _directory = null!;
    private Lender<ReclaimListsState> _lender = null!;
    private Transaction _transaction = null!;

    protected override Task OnInitializeAsync(Event initialEvent)
    {
        var init = (ReclaimerInitEvent)initialEvent;
        _directory = init.Directory;
        _unlockOrder.AddRange(init.UnlockOrder);
        _directory.Census.Enrol(Id, () =>
        {
            var unlockOrder = _unlockOrder.ToList();
            return new Boot.ImagePart(Id, typeof(ReclaimerActor), directory => new ReclaimerInitEvent(directory, unlockOrder));
        });
        _lender = new Lender<ReclaimListsState>(Id, (to, sent) => SendEvent(to, sent), type => ReceiveEventAsync(type));
        _transaction = new Transaction(
            Id, (to, sent) => SendEvent(to, sent), (type, predicate) => ReceiveEventAsync(type, predicate), notify: _directory.Options.LockTeller(Monitor));
        return Task.CompletedTask;
    }

    private async Task OnAcquireAsync(Event e)
    {
        var returned = await _lender.LendAsync((AcquireEvent)e, new ReclaimListsState([.. _unlockOrder], []));
        foreach (var change in returned?.Changes ?? [])
        {
            Apply(change);
        }
    }

    private void Apply(ReclaimListChange change)
    {
        _unlockOrder.RemoveAll(m => m.Koid == change.Koid);
        if (change.Kind != ReclaimListChangeKind.Remove)
        {
            _unlockOrder.Add((change.Koid, change.Actor));
        }
    }

    private async Task OnReclaimAsync(Event e)
    {
        var request = (ReclaimRequestEvent)e;
        var order = _unlockOrder.ToList();

        // The walk: what each VMO looked like while nobody held it for us.
        var peeked = new Dictionary<ulong, VmoState>();
        foreach (var (koid, actor) in order)
        {
            SendEvent(actor, new PeekEvent(Id));
            peeked[koid] = ((PeekReplyEvent)await ReceiveEventAsync(typeof(PeekReplyEvent))).State;
        }

        // Only the seeded stale lazy-free slip looks at the Linux world before holding it.
        var peekedLinux = _directory.Options.Bugs.Has(SeededBug.ReclaimTakesRedirtiedFreePage) ? await _transaction.PeekLinuxAsync(_directory.Linux) : null;
        await _transaction.AcquireAsync(order.Select(m => (LockTarget)LockTarget.Vmo(m.Koid, m.Actor))
            .Append(LockTarget.LinuxWorld(_directory.Linux))
            .Append(LockTarget.PhysicalMemory(_directory.Memory)));
        var unchanged = ProcessState.Fresh(request.Process, 0);
        var context = new CallContext(request.Process, unchanged, _directory, _transaction.Held, new KernelObjectFactory(Id.Runtime))
        {
            PeekedLinux = peekedLinux,
            RequestId = request.RequestId,
        };

        var result = Calls.Reclaim.Run(context, request.Call, order, peeked);

        // The call changes no handle or mapping, so its process always accepts the commit.
        await _transaction.CommitAsync(request.ProcessActor, context.View.Delta(), context.Linearized(request.Call, result), context.Changed());

        foreach (var (koid, actor) in order)
        {
            var vmo = context.Vmo(koid, actor);
            if (vmo.Destroyed || (vmo.Lockless && context.Effects.Discards.Any(d => d.Koid == koid) &&
                _directory.Options.Bugs.Has(SeededBug.LocklessRemovedFromListAfterDiscard)))
            {
                Apply(new ReclaimListChange(koid, actor, ReclaimListChangeKind.Remove));
            }
        }

        SendEvent(request.Requester, new ReclaimDoneEvent(result));
    }
}
