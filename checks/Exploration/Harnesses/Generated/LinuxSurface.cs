namespace VmoKernel.Checks.Exploration.Harnesses.Generated;

/// <summary>PLACEHOLDER (owned by the Linux helper): the Linux calls of the catalogue.</summary>
internal sealed class LinuxSurface : IGeneratedSurface
{
    public string Name => "linux";

    public IReadOnlyList<Type> Calls => [typeof(Abi.ProcessCreate)];

    public Task<object> SetUpAsync(KernelCaller caller, GeneratedProcesses processes) => Task.FromResult<object>(processes);

    public async Task OperateAsync(KernelCaller caller, object fixture, GeneratedProcesses processes, int client) =>
        await caller.CallAsAsync(processes.Pick(caller), new Abi.VmoGetSize(0));
}
