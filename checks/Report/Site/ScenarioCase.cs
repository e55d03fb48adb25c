namespace VmoKernel.Checks.Report.Site;

/// <summary>
/// One conformance case of a test run: the scenario file, the scenario's name (its first 50 characters
/// when <see cref="Cut"/>: xunit shortens long arguments in a case's name) and whether it passed.
/// </summary>
public sealed record ScenarioCase(string File, string Name, bool Cut, bool Passed);
