using VmoKernel.Abi;
using VmoKernel.Checks.Scenarios.Calls;
using VmoKernel.Checks.Scenarios.Syntax;

namespace VmoKernel.Checks.Scenarios.Checking;

/// <summary>
/// The static checks of one scenario, in statement order: known calls with the right number and
/// kinds of arguments, statuses from the call's family, values only where a successful call has
/// one, names bound before use, <c>process</c> naming a process, <c>join</c> naming a running
/// spawn. Whatever passes here can fail only through what the kernel answers.
/// </summary>
public sealed class ScenarioChecker
{
    private readonly Dictionary<string, StaticName> _scope = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CallSignature> _running = new(StringComparer.Ordinal);
    private readonly HashSet<string> _joined = new(StringComparer.Ordinal);
    private readonly ExpressionChecker _expressions;

    private ScenarioChecker()
    {
        _expressions = new ExpressionChecker(_scope);
        foreach (var handle in NameRules.InitialHandles)
        {
            _scope[handle] = new StaticName(ExprKind.Integer, IsProcess: false);
        }

        _scope[NameRules.InitialProcess] = new StaticName(ExprKind.Integer, IsProcess: true);
    }

    /// <summary>Every static error in the scenario, one per statement at most, in line order.</summary>
    public static IReadOnlyList<ScenarioDiagnostic> Check(ScenarioDefinition scenario)
    {
        var checker = new ScenarioChecker();
        var problems = new List<ScenarioDiagnostic>();
        foreach (var statement in scenario.Statements)
        {
            try
            {
                checker.CheckStatement(statement);
            }
            catch (SyntaxException e)
            {
                problems.Add(new ScenarioDiagnostic(scenario.File, statement.Line, e.Message));
            }
        }

        return problems;
    }

    private void CheckStatement(Statement statement)
    {
        switch (statement)
        {
            case CallStatement call:
                CheckCallStatement(call);
                break;
            case ProcessStatement process:
                CheckProcess(process.Process);
                break;
            case SpawnStatement spawn:
                CheckSpawn(spawn);
                break;
            case JoinStatement join:
                CheckJoin(join);
                break;
        }
    }

    private void CheckCallStatement(CallStatement statement)
    {
        try
        {
            CheckCallAndBinding(statement);
        }
        finally
        {
            // Bound even when the line is wrong, so one bad line does not make every later use an error too.
            if (statement.Binding is { } name && NameRules.WhyNotBindable(name) is null)
            {
                var signature = TryLookup(statement.Call);
                var kind = signature is null ? ExprKind.Unknown : KindOf(signature.Shape);
                _scope[name] = new StaticName(kind, signature?.CreatesProcess ?? false);
            }
        }
    }

    private void CheckCallAndBinding(CallStatement statement)
    {
        var signature = CheckCall(statement.Call);
        CheckExpectation(signature, statement.Expectation);
        if (statement.Binding is not { } name)
        {
            return;
        }

        if (NameRules.WhyNotBindable(name) is { } why)
        {
            throw new SyntaxException($"cannot bind '{name}': {why}");
        }

        if (!StatusNames.IsSuccess(statement.Expectation.Status))
        {
            throw new SyntaxException($"cannot bind '{name}': the call is expected to fail with {StatusNames.Name(statement.Expectation.Status)}, and a failed call has no value");
        }

        if (signature.Shape == ValueShape.None)
        {
            throw new SyntaxException($"cannot bind '{name}': {signature.Name} has no value");
        }
    }

    private void CheckProcess(string name)
    {
        if (!_scope.TryGetValue(name, out var bound))
        {
            throw new SyntaxException($"unknown process '{name}' (processes are p0 and names bound by process_create)");
        }

        if (!bound.IsProcess)
        {
            throw new SyntaxException($"'{name}' is not a process (processes are p0 and names bound by process_create)");
        }
    }

    private void CheckSpawn(SpawnStatement spawn)
    {
        if (_running.ContainsKey(spawn.Thread))
        {
            throw new SyntaxException($"thread '{spawn.Thread}' is already running (join it before spawning it again)");
        }

        _running[spawn.Thread] = CheckCall(spawn.Call);
        _joined.Remove(spawn.Thread);
    }

    private void CheckJoin(JoinStatement join)
    {
        if (!_running.Remove(join.Thread, out var signature))
        {
            throw new SyntaxException(_joined.Contains(join.Thread)
                ? $"thread '{join.Thread}' was already joined"
                : $"join of '{join.Thread}', which no earlier 'spawn {join.Thread}:' line started");
        }

        _joined.Add(join.Thread);
        CheckExpectation(signature, join.Expectation);
    }

    private CallSignature CheckCall(CallSite call)
    {
        var forms = CallTable.Named(call.Name);
        if (forms.Count == 0)
        {
            throw new SyntaxException($"unknown call '{call.Name}'");
        }

        var signature = TryLookup(call) ?? throw new SyntaxException(WrongArity(forms, call.Arguments.Length));
        var parameters = signature.Parameters;

        for (var i = 0; i < parameters.Length; i++)
        {
            CheckArgument(signature, parameters[i], call.Arguments[i]);
        }

        return signature;
    }

    private void CheckArgument(CallSignature signature, ParameterDeclaration parameter, Expr argument)
    {
        if (parameter.Kind == ParameterKind.Level)
        {
            if (argument is not NameExpr { Name: var level } || !NameRules.PressureLevels.Contains(level))
            {
                throw new SyntaxException($"{signature.Name} takes a pressure level: {string.Join(", ", NameRules.PressureLevels)}");
            }

            return;
        }

        var kind = _expressions.CheckArgument(argument);
        var wanted = parameter.Kind switch
        {
            ParameterKind.Bytes => ExprKind.Bytes,
            ParameterKind.KoidList or ParameterKind.IoVec => ExprKind.List,
            _ => ExprKind.Integer,
        };
        if (kind != wanted && kind != ExprKind.Unknown)
        {
            throw new SyntaxException($"{signature.Name}: {parameter.Name} must be {ExpressionChecker.Describe(wanted)}, not {ExpressionChecker.Describe(kind)}");
        }
    }

    private void CheckExpectation(CallSignature signature, Expectation expectation)
    {
        var status = StatusNames.Name(expectation.Status);
        if (!StatusFamilies.Contains(signature.Family, expectation.Status))
        {
            throw new SyntaxException($"{signature.Name} answers {StatusFamilies.Describe(signature.Family)}, not {status}");
        }

        if (expectation.Value is null)
        {
            return;
        }

        if (!StatusNames.IsSuccess(expectation.Status) && expectation.Status != signature.ValuedFailure)
        {
            throw new SyntaxException($"a failed call has no value: nothing may follow {status}");
        }

        if (signature.Shape == ValueShape.None)
        {
            throw new SyntaxException($"{signature.Name} has no value: nothing may follow {status}");
        }

        var kind = _expressions.CheckPattern(expectation.Value);
        var shape = KindOf(signature.Shape);
        if (shape != ExprKind.Unknown && kind is not (ExprKind.Unknown or ExprKind.Wildcard) && kind != shape)
        {
            throw new SyntaxException($"the value of {signature.Name} is {ExpressionChecker.Describe(shape)}, but the expectation is {ExpressionChecker.Describe(kind)}");
        }
    }

    private static CallSignature? TryLookup(CallSite call) => CallTable.TryGet(call.Name, call.Arguments.Length, out var signature) ? signature : null;

    /// <summary>The arity error; a name with several forms (process_madvise: Linux's 4 arguments, seed 004's 5) lists each.</summary>
    private static string WrongArity(IReadOnlyList<CallSignature> forms, int got) => forms switch
    {
        [var only] => $"{only.Usage} takes {Arguments(only.Parameters.Length)}, got {got}",
        _ => $"{forms[0].Name} takes {string.Join(" or ", forms.Select(f => $"{Arguments(f.Parameters.Length)}, {f.Usage}"))}; got {got}",
    };

    private static string Arguments(int count) => $"{count} argument{(count == 1 ? "" : "s")}";

    private static ExprKind KindOf(ValueShape shape) => shape switch
    {
        ValueShape.Integer => ExprKind.Integer,
        ValueShape.Bytes => ExprKind.Bytes,
        ValueShape.Record => ExprKind.Record,
        _ => ExprKind.Unknown,
    };
}
