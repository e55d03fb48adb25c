using System.Collections.Immutable;
using VmoKernel.Abi;
using VmoKernel.Checks.Scenarios.Running;

namespace VmoKernel.Checks.Scenarios.Calls;

/// <summary>
/// How a scenario writes one call: its declaration in the syscall catalogue (parameters in the real
/// order, statuses, value shape), and the conversion of evaluated scenario values to the parameters'
/// C types before the declaration builds the <see cref="Syscall"/> record.
/// </summary>
public sealed record CallSignature(SyscallDeclaration Declaration)
{
    public string Name => Declaration.Name;

    public StatusFamily Family => Declaration.Family;

    public ValueShape Shape => Declaration.Shape;

    public ImmutableArray<ParameterDeclaration> Parameters => Declaration.Parameters;

    /// <summary>True when the call's value names a process that <c>process NAME</c> may switch to.</summary>
    public bool CreatesProcess => Declaration.CreatesProcess;

    /// <summary>A failure status whose result still carries a value (process_getinfo's E2BIG: {size: needed}).</summary>
    public Status? ValuedFailure => Declaration.ValuedFailure;

    public string Usage => Declaration.Usage;

    /// <summary>Converts evaluated arguments to the parameters' C types and builds the call record.</summary>
    /// <exception cref="StatementException">An argument has the wrong kind or does not fit its type.</exception>
    public Syscall Bind(IReadOnlyList<Value> arguments)
    {
        var converted = new object[Parameters.Length];
        for (var i = 0; i < Parameters.Length; i++)
        {
            converted[i] = Convert(Parameters[i], arguments[i]);
        }

        return Declaration.Build(new CallArguments(converted));
    }

    private object Convert(ParameterDeclaration parameter, Value value)
    {
        if (parameter.Kind is ParameterKind.KoidList or ParameterKind.IoVec)
        {
            var list = value as ListValue ?? throw new StatementException($"{Name}: {parameter.Name} must be a list, got {Describe(value)}");
            return parameter.Kind == ParameterKind.KoidList ? CrossProcessArguments.Koids(list) : CrossProcessArguments.IoVec(list);
        }

        if (parameter.Kind == ParameterKind.Bytes)
        {
            return value is BytesValue bytes
                ? bytes.Bytes
                : throw new StatementException($"{Name}: {parameter.Name} must be bytes, got {Describe(value)}");
        }

        if (value is not IntValue { Number: var number })
        {
            throw new StatementException($"{Name}: {parameter.Name} must be an integer, got {Describe(value)}");
        }

        return parameter.Kind switch
        {
            ParameterKind.Word64 => number,
            ParameterKind.Level when number <= (ulong)PressureLevel.Oom => (PressureLevel)number,
            ParameterKind.Level => throw new StatementException($"{Name}: {number} is not a pressure level"),
            _ when number <= uint.MaxValue => (object)(uint)number,
            ParameterKind.Handle => throw new StatementException($"{Name}: {parameter.Name} = 0x{number:x} does not fit a 32-bit handle"),
            _ => throw new StatementException($"{Name}: {parameter.Name} = 0x{number:x} does not fit 32 bits"),
        };
    }

    private static string Describe(Value value) => value switch
    {
        NoValue => "no value",
        IntValue i => $"the integer {i}",
        BytesValue b => $"the bytes {b}",
        RecordValue r => $"the record {r}",
        _ => $"the list {value}",
    };
}
