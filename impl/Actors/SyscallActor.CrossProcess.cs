using Microsoft.Coyote.Actors;
using VmoKernel.Abi;
using VmoKernel.Kernel.Calls;
using VmoKernel.Kernel.Calls.Rules;
using VmoKernel.Kernel.Events;
using VmoKernel.Kernel.Locking;
using VmoKernel.Kernel.Notifications;
using VmoKernel.Kernel.State;
using ProcessGetinfo = VmoKernel.Abi.ProcessGetinfo;
using ProcessMadvise = VmoKernel.Abi.ProcessMadvise;

namespace VmoKernel.Kernel.Actors;

/// <summary>
/// The cross-process calls. process_getinfo takes one consistent snapshot: it looks at the named
/// processes unlocked to learn which VMOs they hold, takes those VMOs (koid order), then freezes the
/// processes (koid order, the last lock class); if a frozen process now holds a VMO it did not take, it
/// lets everything go and starts over. With everything held it reads the facts and linearizes itself
/// (it changes nothing, so no process commit is needed). process_madvise runs as an ordinary
/// transaction over the target's address space and commits at the target, whose vm_seq must not have
/// moved (else the call runs again and answers ESTALE).
/// </summary>
internal sealed partial class SyscallActor
{
    public async Task<SyscallResult> SnapshotAsync(ProcessGetinfo call)
    {
        if (Calls.ProcessGetinfo.ArgumentError(call) is { } invalid)
        {
            return Linearize(invalid);
        }

        var actors = await LookUpProcessesAsync(call.Procs);
        if (actors.Values.Any(a => a is null))
        {
            return NoSuchProcess();
        }

        var targets = actors.OrderBy(a => a.Key).Select(a => LockTarget.Process(a.Key, a.Value!)).ToList();
        if (_start.Directory.Options.Bugs.Has(SeededBug.GetinfoReadsProcessesOneAtATime))
        {
            return await GetinfoOneAtATimeAsync(call, targets);
        }

        for (var attempt = 1; ; attempt++)
        {
            var vmos = new Dictionary<ulong, ActorId>();
            foreach (var target in targets)
            {
                foreach (var (koid, actor) in ProcessFacts.HeldVmoActors(await ResolveAsync(target.Actor)))
                {
                    vmos[koid] = actor;
                }
            }

            var looks = Calls.ProcessGetinfo.RetryLooks(attempt, targets.Select(t => t.Koid), _start.Directory.Options.Bugs);
            await _transaction.AcquireAsync(vmos.Select(v => (LockTarget)LockTarget.Vmo(v.Key, v.Value)).Concat(targets), looks: looks);
            var held = _transaction.Held;
            var frozen = targets.ToDictionary(t => t.Koid, t => held.Processes[t.Koid]);
            if ((looks?.SeenProcesses ?? frozen).Values.SelectMany(p => ProcessFacts.HeldVmoActors(p).Keys).Any(k => !vmos.ContainsKey(k)))
            {
                _transaction.ReleaseAll(null);
                continue;
            }

            var result = Calls.ProcessGetinfo.Answer(call, _start.Request.Process, frozen, koid => held.Vmos.TryGet(koid, out var vmo) ? (ulong)vmo.Pages.Count : 0);
            Linearize(result);
            _transaction.ReleaseAll(null);
            return result;
        }
    }

    /// <summary>The seeded bug: each process, then its VMOs, read on its own while the others keep changing.</summary>
    private async Task<SyscallResult> GetinfoOneAtATimeAsync(ProcessGetinfo call, List<LockTarget<ProcessState>> targets)
    {
        var processes = new Dictionary<ulong, ProcessState>();
        var pages = new Dictionary<ulong, ulong>();
        foreach (var target in targets)
        {
            var process = await ResolveAsync(target.Actor);
            processes[target.Koid] = process;
            foreach (var (koid, actor) in ProcessFacts.HeldVmoActors(process))
            {
                SendEvent(actor, new PeekEvent(Id));
                pages[koid] = (ulong)((PeekReplyEvent)await ReceiveEventAsync(typeof(PeekReplyEvent))).State.Pages.Count;
            }
        }

        return Linearize(Calls.ProcessGetinfo.Answer(call, _start.Request.Process, processes, koid => pages[koid]));
    }

    public async Task<SyscallResult> TransactAtTargetAsync(ProcessMadvise call, Func<CallContext, SyscallResult> semantics)
    {
        if (call.Flags != 0)
        {
            return Linearize(SyscallResult.Error(Status.Einval));
        }

        var actors = await LookUpProcessesAsync([call.Proc]);
        return actors[call.Proc] is { } target
            ? await RunAsync(target, semantics)
            : NoSuchProcess();
    }

    /// <summary>
    /// The actors of the named processes (null for an unknown koid). The router learns of a new process
    /// only after its process_create has linearized, and the creator holds the koid allocator from before
    /// that point until it has told the router; so a miss is looked up again under the koid allocator.
    /// A koid still unknown then belongs to no created process, and this returns with the allocator held
    /// so that the caller's ESRCH (<see cref="NoSuchProcess"/>) linearizes before any later create of it.
    /// </summary>
    private async Task<Dictionary<ulong, ActorId?>> LookUpProcessesAsync(IReadOnlyList<ulong> koids)
    {
        var actors = await AskRouterAsync(koids);
        if (actors.Values.All(a => a is not null) || _start.Directory.Options.Bugs.Has(SeededBug.ProcessLookupRacesCreate))
        {
            return actors;
        }

        await _transaction.AcquireAsync([LockTarget.KoidAllocator(_start.Directory.Koids)]);
        actors = await AskRouterAsync(koids);
        if (actors.Values.All(a => a is not null))
        {
            _transaction.ReleaseAll(null);
        }

        return actors;
    }

    /// <summary>
    /// The router did not know the calling process when the call arrived: it may have been created a
    /// moment before and not yet registered, so ask again (<see cref="LookUpProcessesAsync"/>). Null: no
    /// such process, and the koid allocator is still held for the caller to linearize its answer.
    /// </summary>
    private async Task<ActorId?> ConfirmCallerAsync(ulong process) => (await LookUpProcessesAsync([process]))[process];

    private async Task<Dictionary<ulong, ActorId?>> AskRouterAsync(IReadOnlyList<ulong> koids)
    {
        var distinct = koids.Distinct().ToList();
        SendEvent(_start.Directory.Router, new ProcessLookupEvent(Id, [.. distinct]));
        var reply = (ProcessLookupReplyEvent)await ReceiveEventAsync(typeof(ProcessLookupReplyEvent));
        return distinct.Zip(reply.Actors).ToDictionary(p => p.First, p => p.Second);
    }

    /// <summary>
    /// The answer for a koid no process has: ESRCH unless told otherwise, linearized while
    /// <see cref="LookUpProcessesAsync"/> still holds the koid allocator (if it took it).
    /// </summary>
    private SyscallResult NoSuchProcess(Status status = Status.Esrch)
    {
        var result = Linearize(SyscallResult.Error(status));
        _transaction.ReleaseAll(null);
        return result;
    }

    private async Task<ProcessState> ResolveAsync(ActorId process)
    {
        SendEvent(process, new ResolveEvent(Id));
        return ((ProcessSnapshotEvent)await ReceiveEventAsync(typeof(ProcessSnapshotEvent))).State;
    }

    /// <summary>Tells the monitors of a call that linearizes here, not at a process commit (it reads, or fails before touching anything).</summary>
    private SyscallResult Linearize(SyscallResult result)
    {
        var process = _start.Request.Process;
        var notification = new CallLinearizedNotification(process, _start.Request.Call, result, [], [], [], null)
        {
            RequestId = _start.RequestId,
            Touched = _transaction.Held.Touched(process),
        };
        _start.Directory.Options.Tell(Monitor, notification);

        return result;
    }
}
