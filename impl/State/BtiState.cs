using VmoKernel.Kernel.Locking;

namespace VmoKernel.Kernel.State;

/// <summary>A BTI: how many of its PMTs were closed without an unpin and sit in quarantine (D-14, D-16).</summary>
internal sealed record BtiState(ulong Koid, int QuarantinedPmts) : ILendable;
