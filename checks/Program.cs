using System.CommandLine;
using VmoKernel.Checks.Cli;
using VmoKernel.Checks.Verbs;

namespace VmoKernel.Checks;

/// <summary>
/// Entry point: builds the root command from every <see cref="IVerb"/> in this assembly and turns
/// every failure into one line and a typed exit code, never a stack trace.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        // Ctrl-C during a live status (explore) must not leave the terminal's cursor hidden.
        Console.CancelKeyPress += (_, _) => Spectre.Console.AnsiConsole.Cursor.Show(true);
        return Run(args, Console.Out, Console.Error);
    }

    /// <summary>Runs the CLI with the given writers (tests use this to capture output).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            var root = BuildRoot();
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                // The most specific message first: an unknown word says more than "command missing".
                var error = parse.Errors.FirstOrDefault(e => e.Message.StartsWith("Unrecognized", StringComparison.Ordinal)) ?? parse.Errors[0];
                stderr.WriteLine($"error: {error.Message}");
                return ExitCode.UsageOrInput;
            }

            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (InputException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            return ExitCode.UsageOrInput;
        }
        catch (Exception e)
        {
            stderr.WriteLine($"error: internal: {e.GetType().Name}: {FirstLine(e.Message)}");
            return ExitCode.Internal;
        }
    }

    private static RootCommand BuildRoot()
    {
        var root = new RootCommand("vmo-kernel-model checker: scenarios, exploration, replay, proofs, traceability");
        var verbs = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(IVerb).IsAssignableFrom(t) && t is { IsInterface: false, IsAbstract: false })
            .Select(t => (IVerb)Activator.CreateInstance(t)!)
            .Select(v => v.Build())
            .OrderBy(c => c.Name, StringComparer.Ordinal);
        foreach (var command in verbs)
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
