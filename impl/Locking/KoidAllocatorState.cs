namespace VmoKernel.Kernel.Locking;

/// <summary>The koid allocator's state: the next koid it hands out.</summary>
internal sealed record KoidAllocatorState(ulong Next) : ILendable;
