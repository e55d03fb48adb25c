using Microsoft.Coyote.Actors;
using VmoKernel.Abi;
using VmoKernel.Kernel.Calls;
using VmoKernel.Kernel.Events;
using VmoKernel.Kernel.Locking;
using VmoKernel.Kernel.Notifications;
using VmoKernel.Kernel.State;
using Reclaim = VmoKernel.Abi.Reclaim;

namespace VmoKernel.Kernel.Actors;

/// <summary>
/// One call's kernel thread. Protocol (deadlock-free by ordered acquisition, see <see cref="Transaction"/>):
/// <list type="number">
/// <item>take a snapshot of the calling process (handles, mappings);</item>
/// <item>acquire the objects the call names, in the global order; run the call's semantics over the
/// lent states; if it needs more objects, take the larger set in order and run it again;</item>
/// <item>commit at the process: if the handles and address space it relied on are unchanged, the process
/// applies the call's handle/mapping changes and notifies the monitors (the linearization point),
/// otherwise nothing has changed anywhere and the call starts over from step 1;</item>
/// <item>release every object with its new state, and answer.</item>
/// </list>
/// </summary>
internal sealed partial class SyscallActor : Actor, ICallThread
{
    private Transaction _transaction = null!;
    private SyscallStartEvent _start = null!;
    private ActorId _caller = null!;

    protected override async Task OnInitializeAsync(Event initialEvent)
    {
        _start = (SyscallStartEvent)initialEvent;
        _transaction = new Transaction(
            Id, (to, sent) => SendEvent(to, sent), (type, predicate) => ReceiveEventAsync(type, predicate), _start.RequestId, _start.Directory.Options.LockTeller(Monitor));
        var request = _start.Request;
        SyscallResult result;
        var processActor = _start.ProcessActor ?? await ConfirmCallerAsync(request.Process);
        if (processActor is null)
        {
            // D-27: an unknown calling process is BAD_HANDLE for a syscall, ESRCH for a control call.
            result = NoSuchProcess(request.Call.IsControl ? Status.Esrch : Status.ZxErrBadHandle);
        }
        else
        {
            _caller = processActor;
            result = await request.Call.Accept(KernelCalls.Instance, this);
        }

        _start.Directory.Options.Tell(Monitor, new CallAnsweredNotification(_start.RequestId, result));

        if (request.ReplyTo is { } replyTo)
        {
            SendEvent(replyTo, new SyscallResponseEvent(request.Tag, request.Process, request.Call, result));
        }

        _start.Completion?.SetResult(result);
        _start.Directory.InFlight.Answered();
        SendEvent(Id, HaltEvent.Instance);
    }

    /// <summary>
    /// What a committed call does before it releases its locks, for blocking (L-18): it counts itself
    /// blocked, wakes the threads it woke (counting them running again), and takes ended processes out
    /// of the router, so nobody can see the kernel between the commit and these.
    /// </summary>
    private void Settle(CallContext context, SyscallResult result)
    {
        var directory = _start.Directory;
        foreach (var (thread, waiter) in context.Effects.Wakes)
        {
            directory.InFlight.Woken();
            SendEvent(thread, new WakeEvent(waiter));
        }

        // Counted after the wakes: a call that blocks while it wakes another must not look, for an instant, like
        // the last running call of a settled kernel.
        if (result.Status == Status.Blocked)
        {
            directory.InFlight.Blocked();
        }

        foreach (var ended in context.Effects.EndedProcesses)
        {
            SendEvent(directory.Router, new UnregisterProcessEvent(ended));
        }
    }

    /// <summary>
    /// Runs the call as a transaction at the caller; a run that answers <see cref="Status.Blocked"/> has
    /// committed its waiter (L-18): the thread then sleeps until a waker's <see cref="WakeEvent"/> for that
    /// waiter and runs the whole call again, as the kernel retries a fault.
    /// </summary>
    public async Task<SyscallResult> TransactAsync(Func<CallContext, SyscallResult> semantics)
    {
        ulong? resumes = null;
        while (true)
        {
            var result = await RunAsync(_caller, semantics, resumes);
            if (_later.Steps.Count > 0)
            {
                await RunLaterStepsAsync();
            }
            if (result.Status != Status.Blocked || result.Value is not IntValue { Number: var waiter })
            {
                return result;
            }

            await ReceiveEventAsync(typeof(WakeEvent), e => ((WakeEvent)e).Waiter == waiter);
            resumes = waiter;
        }
    }

    public async Task<SyscallResult> ReclaimAsync(Reclaim call)
    {
        SendEvent(_start.Directory.Reclaimer, new ReclaimRequestEvent(Id, _start.Request.Process, _caller, call, _start.RequestId));
        return ((ReclaimDoneEvent)await ReceiveEventAsync(typeof(ReclaimDoneEvent))).Result;
    }

    private async Task<SyscallResult> RunAsync(ActorId processActor, Func<CallContext, SyscallResult> semantics, ulong? resumes = null)
    {
        var call = _start.Request.Call;
        var directory = _start.Directory;
        var inOrder = !(directory.Options.Bugs.Has(SeededBug.OppositeTransfersDeadlock) && call is Abi.VmoTransferData);
        while (true)
        {
            SendEvent(processActor, new ResolveEvent(Id));
            var snapshot = ((ProcessSnapshotEvent)await ReceiveEventAsync(typeof(ProcessSnapshotEvent))).State;
            var targets = new List<LockTarget>(CallPlanner.InitialLocks(call, snapshot, directory));
            var peeked = new Dictionary<ulong, VmoState>();
            if (CallPlanner.PeeksFirst(call, directory.Options.Bugs))
            {
                foreach (var target in CallPlanner.NamedVmos(call, snapshot))
                {
                    SendEvent(target.Actor, new PeekEvent(Id));
                    peeked[target.Koid] = ((PeekReplyEvent)await ReceiveEventAsync(typeof(PeekReplyEvent))).State;
                }
            }

            var looks = CallPlanner.LooksAsItLocks(call, snapshot, directory.Options.Bugs, peeked);
            var peekedLinux = await PeekLinuxAsync(call, directory);
            CallContext context;
            SyscallResult result;
            while (true)
            {
                await _transaction.AcquireAsync(targets, inOrder, looks);
                context = new CallContext(_start.Request.Process, snapshot, directory, _transaction.Held, new KernelObjectFactory(Id.Runtime))
                {
                    Peeked = peeked,
                    PeekedLinux = peekedLinux ?? looks?.SeenWorld,
                    Thread = Id,
                    Resumes = resumes,
                    RequestId = _start.RequestId,
                };
                try
                {
                    result = semantics(context);
                    break;
                }
                catch (NeedLockException need)
                {
                    // Asking again for what is held would rerun the call forever without a scheduling point, a hang
                    // Coyote cannot stop or report; failing here makes such a kernel bug a reported, replayable one.
                    if (need.Targets.All(_transaction.Holds))
                    {
                        throw new InvalidOperationException($"{call.GetType().Name} asked for locks its transaction already holds", need);
                    }

                    targets.AddRange(need.Targets);
                }
            }

            foreach (var created in context.Effects.CreatedVmos)
            {
                Id.Runtime.CreateActor(created.Actor, typeof(VmoActor), new VmoInitEvent(created, directory.Census));
            }

            var committed = await _transaction.CommitAsync(processActor, context.View.Delta(), context.Linearized(call, result), context.Changed(), () =>
            {
                // The koid allocator is still held: the router learns of a new process before anyone can look its koid up.
                foreach (var (state, actor) in context.Effects.CreatedProcesses)
                {
                    Id.Runtime.CreateActor(actor, typeof(ProcessActor), new ProcessInitEvent(state, directory));
                    SendEvent(directory.Router, new RegisterProcessEvent(state.Koid, actor));
                }

                Settle(context, result);
            });
            if (committed)
            {
                _later = (snapshot, context.Effects.Later);
                return result;
            }

            foreach (var created in context.Effects.CreatedVmos)
            {
                SendEvent(created.Actor, HaltEvent.Instance);
            }
        }
    }

    /// <summary>A look at the Linux world before the transaction, which only the seeded stale-look bugs take (MADV_NONVOLATILE, fork, process_madvise).</summary>
    private async Task<Linux.State.LinuxWorldState?> PeekLinuxAsync(Syscall call, KernelDirectory directory)
    {
        var bugs = directory.Options.Bugs;
        var peeks = call switch
        {
            Abi.Madvise { Advice: Abi.LinuxConstants.MadvNonVolatile } => bugs.Has(SeededBug.NonvolatileReadsPurgeBeforeLock),
            Abi.Fork => bugs.Has(SeededBug.ForkCopiesFromStaleLook),
            Abi.PidfdMadvise => bugs.Has(SeededBug.PidfdMadviseResolvesBeforeLock),
            _ => false,
        };
        if (!peeks)
        {
            return null;
        }

        return await _transaction.PeekLinuxAsync(directory.Linux);
    }
}
