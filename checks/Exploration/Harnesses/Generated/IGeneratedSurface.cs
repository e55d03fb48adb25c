using VmoKernel.Abi;

namespace VmoKernel.Checks.Exploration.Harnesses.Generated;

/// <summary>
/// One part of the call catalogue the <see cref="GeneratedHarness"/> draws programs from (the Zircon calls,
/// the Linux calls). A surface makes its own objects at set-up and, per operation, draws one call of its
/// <see cref="Calls"/> with arguments biased to edges and to objects several threads share. Every choice goes
/// through <see cref="KernelCaller.Choose"/>, so a program is data a trace records and the shrinker edits.
/// </summary>
public interface IGeneratedSurface
{
    /// <summary>A short name for descriptions and coverage ("zircon", "linux").</summary>
    string Name { get; }

    /// <summary>Every call record this surface generates; the catalogue test holds the union to every <see cref="Syscall"/> record.</summary>
    IReadOnlyList<Type> Calls { get; }

    /// <summary>Makes this surface's shared objects in the given processes (set-up calls must succeed).</summary>
    Task<object> SetUpAsync(KernelCaller caller, GeneratedProcesses processes);

    /// <summary>Draws and makes one call of <see cref="Calls"/> as one of <paramref name="processes"/>.</summary>
    Task OperateAsync(KernelCaller caller, object fixture, GeneratedProcesses processes, int client);
}
