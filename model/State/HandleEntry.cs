using VmoKernel.Abi;

namespace VmoKernel.Model.State;

/// <summary>One slot of a process's handle table: the object it refers to, that object's type and the handle's rights.</summary>
public sealed record HandleEntry(ulong Koid, uint Type, Rights Rights);
