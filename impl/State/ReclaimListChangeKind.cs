namespace VmoKernel.Kernel.State;

/// <summary>Register a new discardable VMO, move one to the tail of the regular or hinted list, or drop it.</summary>
public enum ReclaimListChangeKind
{
    Register,
    TouchRegular,
    TouchHinted,
    Remove,
}
