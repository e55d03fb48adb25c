namespace VmoKernel.Checks.Exploration.Harnesses;

/// <summary>A kernel harness as its user-thread actors drive it, without its fixture type.</summary>
public interface IKernelHarness
{
    int Clients { get; }

    int OperationsPerClient { get; }

    Task<object> SetUpAsync(KernelCaller caller);

    Task OperateAsync(KernelCaller caller, object fixture, int client);
}
