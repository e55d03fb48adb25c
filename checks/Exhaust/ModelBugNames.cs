using VmoKernel.Checks.Cli;
using VmoKernel.Model;

namespace VmoKernel.Checks.Exhaust;

/// <summary>The model's seeded bugs by name, as <c>--model-bug</c> takes them (the <see cref="ModelFaults"/> member names).</summary>
public static class ModelBugNames
{
    public static IEnumerable<ModelFaults> All => Enum.GetValues<ModelFaults>().Where(f => f != ModelFaults.None);

    /// <summary>The named seeded bug; an unknown name is the user's error, with the known names in the message.</summary>
    public static ModelFaults Parse(string name) =>
        All.FirstOrDefault(f => f.ToString().Equals(name, StringComparison.OrdinalIgnoreCase)) is var fault && fault != ModelFaults.None
            ? fault
            : throw new InputException($"unknown model bug '{name}' (known: {string.Join(", ", All)})");
}
