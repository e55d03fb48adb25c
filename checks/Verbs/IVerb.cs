using System.CommandLine;
using VmoKernel.Checks.Cli;

namespace VmoKernel.Checks.Verbs;

/// <summary>
/// One verb of the CLI (scenario, explore, replay, prove, ...). Verbs are discovered by reflection,
/// so adding one is adding one class: no shared registration file to edit.
/// </summary>
public interface IVerb
{
    /// <summary>The verb's command: its name, arguments, options and an action returning an <see cref="ExitCode"/>.</summary>
    Command Build();
}
