using FsCheck;
using FsCheck.Experimental;
using FsCheck.Fluent;
using VmoKernel.Abi;

namespace VmoKernel.Tests.Kernel.ModelBased;

/// <summary>One generated call: made on the kernel and the model by <see cref="Check"/>, which holds when they answer alike.</summary>
public sealed class KernelCall(Syscall call) : Operation<KernelPair, CallHistory>
{
    public Syscall Call { get; } = call;

    public override CallHistory Run(CallHistory model) => model.After(Call);

    public override Property Check(KernelPair actual, CallHistory model)
    {
        var difference = actual.Step(Call);
        return (difference is null).Label(difference ?? "agree");
    }

    public override string ToString() => Call.ToString() ?? Call.GetType().Name;
}
