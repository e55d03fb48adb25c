using VmoKernel.Kernel.Locking;

namespace VmoKernel.Kernel.Calls;

/// <summary>What a call had done at one moment (held states, frames moved, discards, frames allocated), for a rollback.</summary>
internal sealed record CallCheckpoint(HeldObjects Held, (int Frames, int Discards) Effects, ulong Allocated);
