namespace VmoKernel.Model.State;

/// <summary>
/// The discardable state of a VMO (zero for VMOs that are not discardable).
/// <list type="bullet">
/// <item><see cref="LockCount"/>: nested LOCK/TRY_LOCK minus UNLOCK (D-8).</item>
/// <item><see cref="EverLocked"/>: a regular discardable VMO is reclaimable only after its first lock (D-4).</item>
/// <item><see cref="Discarded"/>: a discard happened since the last LOCK; a regular VMO in this state
/// refuses access while unlocked (D-5, D-13), and LOCK reports and clears it (D-12).</item>
/// <item><see cref="LastUnlock"/>: logical clock of the last unlock to 0 (creation for lockless), for LRU order (D-6).</item>
/// </list>
/// </summary>
public sealed record DiscardState(ulong LockCount, bool EverLocked, bool Discarded, ReclaimList List, ulong LastUnlock)
{
    public static readonly DiscardState Initial = new(0, false, false, ReclaimList.Regular, 0);
}
