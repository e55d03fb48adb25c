namespace VmoKernel.Checks.Exploration.Harnesses;

/// <summary>A kernel harness as its user-thread actors drive it, without its fixture type.</summary>
internal interface IKernelHarness
{
    int Clients { get; }

    int OperationsPerClient { get; }

    Task<object> SetUpAsync(KernelCaller caller);

    Task OperateAsync(KernelCaller caller, object fixture, int client);
}
