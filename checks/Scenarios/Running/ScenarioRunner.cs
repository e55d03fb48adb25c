using VmoKernel.Abi;
using VmoKernel.Checks.Scenarios.Calls;
using VmoKernel.Checks.Scenarios.Syntax;

namespace VmoKernel.Checks.Scenarios.Running;

/// <summary>
/// Runs one checked scenario against a fresh kernel, statement by statement, and returns the
/// failures in line order (none = the scenario passed).
/// A failing statement does not end the scenario, except one whose name could not be bound
/// (the call failed, so later lines would read a name without a value) and one where the kernel
/// threw or blocked forever. At the end, a spawned call still blocked is a failure on its spawn line.
/// </summary>
public static class ScenarioRunner
{
    public static async Task<IReadOnlyList<StatementFailure>> RunAsync(ScenarioDefinition scenario, IKernel kernel)
    {
        var run = new Run(kernel);
        foreach (var statement in scenario.Statements)
        {
            if (!await run.ExecuteAsync(statement))
            {
                return run.Failures;
            }
        }

        foreach (var (thread, line) in await run.Threads.StillBlockedAsync())
        {
            run.Failures.Add(new StatementFailure(line, $"spawn {thread}: blocked forever (still blocked when the scenario ends)"));
        }

        return run.Failures;
    }

    private sealed class Run(IKernel kernel)
    {
        private readonly ScenarioEnvironment _environment = new(kernel);

        public List<StatementFailure> Failures { get; } = [];

        public SpawnedCalls Threads { get; } = new(kernel);

        /// <summary>Runs one statement; false when the scenario cannot go on.</summary>
        public async Task<bool> ExecuteAsync(Statement statement)
        {
            try
            {
                var goOn = statement switch
                {
                    CallStatement call => await CallAsync(call),
                    ProcessStatement process => SwitchProcess(process),
                    SpawnStatement spawn => Spawn(spawn),
                    JoinStatement join => await JoinAsync(join),
                    _ => throw new StatementException($"unsupported statement {statement}"),
                };

                // A call this statement woke runs until it finishes or blocks again before the next statement ("Blocking").
                if (kernel is IBlockingKernel blocking)
                {
                    await blocking.SettleAsync();
                }

                return goOn;
            }
            catch (StatementException e)
            {
                Fail(statement, e.Message);
                return statement is not CallStatement { Binding: not null };
            }
            catch (Exception e)
            {
                Fail(statement, $"the kernel threw {e.GetType().Name}: {e.Message.Split('\n')[0].Trim()}");
                return false;
            }
        }

        private async Task<bool> CallAsync(CallStatement statement)
        {
            var signature = Signature(statement.Call);
            var call = Bind(signature, statement.Call);
            var result = await CallCompletion.WaitAsync(kernel, kernel.InvokeAsync(_environment.CurrentProcess, call));
            if (result is null)
            {
                Fail(statement, $"{call.Name}: blocked forever");
                return false;
            }

            result = ProcessInfoDecoder.Present(call, result);

            var mismatch = Mismatch(statement.Expectation, result);
            if (statement.Binding is not { } name)
            {
                Report(statement, mismatch);
                return true;
            }

            if (!result.Succeeded)
            {
                Report(statement, $"{mismatch}; '{name}' cannot be bound to a failed call, so the scenario stops here");
                return false;
            }

            if (result.Value is NoValue)
            {
                throw new StatementException($"cannot bind '{name}': {call.Name} returned no value");
            }

            _environment.Bind(name, result.Value);
            Report(statement, mismatch);
            return true;
        }

        private bool SwitchProcess(ProcessStatement statement)
        {
            _environment.CurrentProcess = new Evaluator(_environment).Integer(new NameExpr(statement.Process), $"process {statement.Process}");
            return true;
        }

        private bool Spawn(SpawnStatement statement)
        {
            var call = Bind(Signature(statement.Call), statement.Call);
            Threads.Start(statement.Thread, statement.Line, kernel.InvokeAsync(_environment.CurrentProcess, call));
            return true;
        }

        private async Task<bool> JoinAsync(JoinStatement statement)
        {
            var result = await Threads.JoinAsync(statement.Thread);
            if (result is null)
            {
                Fail(statement, $"join {statement.Thread}: blocked forever (its call can never finish)");
                return false;
            }

            Report(statement, Mismatch(statement.Expectation, result));
            return true;
        }

        /// <summary>Why the result does not meet the expectation, or null when it does.</summary>
        private string? Mismatch(Expectation expectation, SyscallResult result)
        {
            if (!StatusFamilies.SameOutcome(expectation.Status, result.Status))
            {
                return $"expected {StatusNames.Name(expectation.Status)}, got {StatusNames.Name(result.Status)}";
            }

            if (expectation.Value is null)
            {
                return null;
            }

            var pattern = new Evaluator(_environment).EvaluatePattern(expectation.Value);
            return ValueMatcher.Matches(pattern, result.Value)
                ? null
                : $"expected {ValueMatcher.RenderExpected(pattern)}, got {ValueMatcher.RenderActual(pattern, result.Value)}";
        }

        private Syscall Bind(CallSignature signature, CallSite site)
        {
            var evaluator = new Evaluator(_environment);
            return signature.Bind([.. site.Arguments.Select(evaluator.Evaluate)]);
        }

        private static CallSignature Signature(CallSite site) =>
            CallTable.TryGet(site.Name, site.Arguments.Length, out var signature)
                ? signature
                : throw new StatementException($"unknown call '{site.Name}'");

        private void Report(Statement statement, string? mismatch)
        {
            if (mismatch is not null)
            {
                Fail(statement, mismatch);
            }
        }

        private void Fail(Statement statement, string message) => Failures.Add(new StatementFailure(statement.Line, message));
    }
}
