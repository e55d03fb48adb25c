using Microsoft.Coyote.Actors;
using VmoKernel.Kernel.Notifications;
using VmoKernel.Kernel.State;

namespace VmoKernel.Kernel.Calls;

/// <summary>
/// What one call did besides changing the states it holds: frames it moved (for the frame monitors),
/// VMOs it discarded, changes to the reclaim lists, and the VMOs and processes it created (their actors
/// start only when the call commits).
/// </summary>
internal sealed class CallEffects
{
    private readonly List<FrameMove> _frames = [];
    private readonly List<DiscardFact> _discards = [];
    private readonly List<ReclaimListChange> _reclaimChanges = [];
    private readonly List<VmoState> _createdVmos = [];
    private readonly List<(ProcessState State, ActorId Actor)> _createdProcesses = [];
    private readonly List<(ActorId Thread, ulong Waiter)> _wakes = [];
    private readonly List<ulong> _ended = [];
    private readonly List<Action<CallContext>> _later = [];

    public IReadOnlyList<FrameMove> FrameMoves => _frames;

    public IReadOnlyList<DiscardFact> Discards => _discards;

    public IReadOnlyList<ReclaimListChange> ReclaimChanges => _reclaimChanges;

    public IReadOnlyList<VmoState> CreatedVmos => _createdVmos;

    public IReadOnlyList<(ProcessState State, ActorId Actor)> CreatedProcesses => _createdProcesses;

    /// <summary>Blocked threads this call woke: each is sent its wake once the call has committed.</summary>
    public IReadOnlyList<(ActorId Thread, ulong Waiter)> Wakes => _wakes;

    /// <summary>Processes this call ended (kill): once it commits they leave the router and their actors halt.</summary>
    public IReadOnlyList<ulong> EndedProcesses => _ended;

    /// <summary>
    /// Steps the thread runs in a second transaction of its own once this call has committed, linearizing nothing.
    /// Only seeded bugs split a protocol so (a check and the sleep it decides, a wake and the install it announces).
    /// </summary>
    public IReadOnlyList<Action<CallContext>> Later => _later;

    public void ThenInAnotherTransaction(Action<CallContext> step) => _later.Add(step);

    public void Wake(ActorId thread, ulong waiter) => _wakes.Add((thread, waiter));

    public void Ended(ulong process) => _ended.Add(process);

    public void RecordFrame(FrameMove move) => _frames.Add(move);

    public void RecordFrame(ulong frame, ulong owner, ulong page) => _frames.Add(new FrameMove(frame, owner, page));

    public void RecordDiscard(DiscardFact fact) => _discards.Add(fact);

    public void ChangeReclaimList(ReclaimListChange change) => _reclaimChanges.Add(change);

    public void Created(VmoState vmo) => _createdVmos.Add(vmo);

    public void Created(ProcessState process, ActorId actor) => _createdProcesses.Add((process, actor));

    /// <summary>Updates a VMO this call created (it is not held: nobody else can see it yet); false when it created no such VMO.</summary>
    public bool ReplaceCreated(VmoState vmo)
    {
        var index = _createdVmos.FindIndex(c => c.Koid == vmo.Koid);
        if (index < 0)
        {
            return false;
        }

        _createdVmos[index] = vmo;
        return true;
    }

    /// <summary>How many frame moves and discards are recorded so far, for <see cref="Rollback"/>.</summary>
    public (int Frames, int Discards) Mark() => (_frames.Count, _discards.Count);

    /// <summary>Forgets the frame moves and discards recorded after <paramref name="mark"/>.</summary>
    public void Rollback((int Frames, int Discards) mark)
    {
        _frames.RemoveRange(mark.Frames, _frames.Count - mark.Frames);
        _discards.RemoveRange(mark.Discards, _discards.Count - mark.Discards);
    }
}
