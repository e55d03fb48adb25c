using VmoKernel.Abi;

namespace VmoKernel.Kernel.State;

/// <summary>One slot of a process's handle table: the handle value, the object it names and its rights.</summary>
internal sealed record HandleEntry(uint Value, ObjectRef Object, Rights Rights);
