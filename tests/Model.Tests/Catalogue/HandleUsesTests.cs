using VmoKernel.Abi;
using VmoKernel.Model.Invariants;
using VmoKernel.Model.State;

namespace VmoKernel.Model.Tests.Catalogue;

/// <summary>
/// The rights table of INV-RIGHTS-03 (<see cref="HandleUses"/>) stays a table the model writes, but it
/// must account for every handle parameter the catalogue declares: a call whose handle is missing, or
/// listed under a name its declaration does not have, or with neither a right nor a reason, fails here.
/// </summary>
public sealed class HandleUsesTests
{
    public static TheoryData<string> Calls() => [.. SyscallCatalogue.Records.Select(r => r.Record.Name)];

    public static TheoryData<string> Ops() => [.. typeof(VmoOp).GetFields().Where(f => f.IsLiteral).Select(f => f.Name)];

    [Theory]
    [MemberData(nameof(Calls))]
    public void Every_declared_handle_parameter_has_exactly_one_use(string name)
    {
        var declaration = SyscallCatalogue.Records.Single(r => r.Record.Name == name).Declaration;
        var samples = new SampleArguments(declaration);
        var uses = HandleUses.Of(Step(declaration.Build(samples)));

        var handles = declaration.Parameters.Select((p, i) => (p, i)).Where(x => x.p.IsHandle).ToList();
        Assert.Equal(handles.Select(h => h.p.Name), uses.Select(u => u.Parameter));
        Assert.All(handles.Zip(uses), pair => Assert.Equal(samples.Values[pair.First.i], pair.Second.Handle));
    }

    [Theory]
    [MemberData(nameof(Calls))]
    public void Every_use_needs_a_right_or_says_why_it_needs_none(string name)
    {
        var declaration = SyscallCatalogue.Records.Single(r => r.Record.Name == name).Declaration;
        foreach (var use in HandleUses.Of(Step(declaration.Build(new SampleArguments(declaration)))))
        {
            var needsRights = (use.AllOf | use.AnyOf) != Rights.None;
            Assert.True(needsRights != !string.IsNullOrWhiteSpace(use.NeedsNoRightBecause), $"{name} {use.Parameter}: {use}");
        }
    }

    [Theory]
    [MemberData(nameof(Ops))]
    public void Every_known_op_range_op_has_its_own_rights_entry(string op)
    {
        var number = (uint)typeof(VmoOp).GetField(op)!.GetRawConstantValue()!;
        var use = Assert.Single(HandleUses.Of(Step(new VmoOpRange(0x1000, number, 0, 0))));
        Assert.NotEqual(HandleUses.UnknownOp, use.NeedsNoRightBecause);
        Assert.Equal(HandleUses.UnknownOp, Assert.Single(HandleUses.Of(Step(new VmoOpRange(0x1000, 0xff, 0, 0)))).NeedsNoRightBecause);
    }

    private static Transition Step(Syscall call) =>
        new(KernelState.Fresh(), KernelState.InitialProcessKoid, call, SyscallResult.ZxOk(), KernelState.Fresh());
}
