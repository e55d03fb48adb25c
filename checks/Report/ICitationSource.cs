namespace VmoKernel.Checks.Report;

/// <summary>One place checks cite spec IDs from: scenario files, test sources, or a catalog in code.</summary>
public interface ICitationSource
{
    /// <summary>Every citation found under the repository root. Bad input throws <see cref="Cli.InputException"/>.</summary>
    IEnumerable<Citation> Collect(string root);
}
