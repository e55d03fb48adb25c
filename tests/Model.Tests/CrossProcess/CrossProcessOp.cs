namespace VmoKernel.Tests.Model.CrossProcess;

/// <summary>
/// One generated step of <see cref="CrossProcessProperties"/>: what to do (<see cref="Kind"/>), which
/// live process does it (<see cref="Actor"/>, taken modulo the process count), and small choices
/// (<see cref="X"/>, <see cref="Y"/>) resolved against the state when the step runs, so every step
/// names real handles, mappings and processes.
/// </summary>
public sealed record CrossProcessOp(int Kind, int Actor, int X, int Y);
