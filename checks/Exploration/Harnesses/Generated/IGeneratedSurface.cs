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

    /// <summary>
    /// The families of this surface's calls: records that share an object kind or a protocol (discardable VMOs,
    /// transfers and pins, userfaultfd), which a focused iteration draws its small swarm from.
    /// </summary>
    IReadOnlyList<string> Families { get; }

    /// <summary>
    /// Makes this surface's shared objects in the given processes (set-up calls must succeed); with
    /// <paramref name="family"/> (an index into <see cref="Families"/>) this iteration is focused on that family:
    /// its swarm comes from the family, its threads favour one object, and set-up may prepare that object's state.
    /// </summary>
    Task<object> SetUpAsync(KernelCaller caller, GeneratedProcesses processes, int? family);

    /// <summary>Draws and makes one call of <see cref="Calls"/> as one of <paramref name="processes"/>.</summary>
    Task OperateAsync(KernelCaller caller, object fixture, GeneratedProcesses processes, int client);
}
