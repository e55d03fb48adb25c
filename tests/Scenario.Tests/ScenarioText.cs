using System.Text;
using VmoKernel.Checks.Scenarios.Syntax;

namespace VmoKernel.Tests.Scenario;

/// <summary>Parses scenario text held in a test, as the file <c>t.scn</c>.</summary>
public static class ScenarioText
{
    public const string File = "t.scn";

    public static ScenarioDocument Parse(string text) => ScenarioParser.Parse(File, Encoding.UTF8.GetBytes(text));

    /// <summary>The text as the body of one scenario: body line n is file line n + 1.</summary>
    public static string InScenario(string body) => $"scenario \"s\"\n{body}\nend\n";

    public static string[] Errors(string text) => [.. Parse(text).Diagnostics.Select(d => d.ToString())];

    /// <summary>The single error of a one-scenario file whose body is <paramref name="body"/>.</summary>
    public static string ErrorIn(string body) => Assert.Single(Errors(InScenario(body)));
}
