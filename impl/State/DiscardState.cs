namespace VmoKernel.Kernel.State;

/// <summary>The discardable state machine (zircon-semantics.md §1): never locked, locked, unlocked, discarded.</summary>
public enum DiscardState
{
    Unset,
    Unreclaimable,
    Reclaimable,
    Discarded,
}
