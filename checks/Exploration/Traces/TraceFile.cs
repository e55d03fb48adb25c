using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using VmoKernel.Checks.Cli;
using VmoKernel.Checks.Exploration.Running;

namespace VmoKernel.Checks.Exploration.Traces;

/// <summary>Writes and reads trace files; reading checks everything a replay relies on and fails with one line.</summary>
public static class TraceFile
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        AllowDuplicateProperties = false,
    };

    /// <summary>The trace of a run that found a bug.</summary>
    public static ExplorationTrace From(ExplorationOutcome outcome)
    {
        var request = outcome.Request;
        var coyoteTrace = outcome.ReproducibleTrace
            ?? throw new InvalidOperationException("a clean run has no trace to save");
        using var parsed = JsonDocument.Parse(coyoteTrace);
        var schedule = parsed.RootElement.Clone();
        return new ExplorationTrace(
            ExplorationTrace.CurrentFormat,
            ToolVersion.Current,
            request.Harness.Name,
            request.Profile.Name,
            request.Profile.Seed,
            request.Profile.Strategy.ToString().ToLowerInvariant(),
            request.Profile.StrategyBound,
            request.Profile.MaxSteps,
            [.. request.SeededBugs],
            outcome.Failure!.SpecId,
            outcome.Failure.Message,
            outcome.Iterations,
            schedule,
            Fingerprint(request.Harness.Name, request.SeededBugs, schedule));
    }

    /// <summary>Saves the trace under <paramref name="directory"/> with a name saying test and seeded bugs; returns the path.</summary>
    public static string Save(ExplorationTrace trace, string directory)
    {
        Directory.CreateDirectory(directory);
        var bugs = trace.SeededBugs.Count == 0 ? "clean" : string.Join("+", trace.SeededBugs);
        var path = Path.Combine(directory, $"{trace.Test}.{bugs}.json");
        File.WriteAllText(path, JsonSerializer.Serialize(trace, Json) + "\n");
        return path;
    }

    /// <summary>Writes the trace to exactly <paramref name="path"/> (a shrunk trace beside its original).</summary>
    public static void SaveAs(ExplorationTrace trace, string path)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } directory)
        {
            Directory.CreateDirectory(directory);
        }

        File.WriteAllText(path, JsonSerializer.Serialize(trace, Json) + "\n");
    }

    /// <summary>Reads a trace; a missing file, malformed JSON, a missing field or an unknown format is an <see cref="InputException"/>.</summary>
    public static ExplorationTrace Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException($"trace file not found: {path}");
        }

        ExplorationTrace? trace;
        try
        {
            trace = JsonSerializer.Deserialize<ExplorationTrace>(InputFile.ReadText(path, path), Json);
        }
        catch (JsonException e)
        {
            throw JsonErrors.Describe(path, e);
        }

        if (trace is null || trace.Format != ExplorationTrace.CurrentFormat)
        {
            throw new InputException($"{path} is not a trace file (format '{trace?.Format}', expected '{ExplorationTrace.CurrentFormat}')");
        }

        return trace;
    }

    /// <summary>The Coyote schedule as the text Coyote reads.</summary>
    public static string CoyoteTraceText(ExplorationTrace trace) => trace.CoyoteTrace.GetRawText();

    /// <summary>A hash binding the test, the seeded-bug switches and the schedule.</summary>
    public static string Fingerprint(string test, IEnumerable<string> seededBugs, JsonElement schedule)
    {
        var text = $"{test}\n{string.Join(",", seededBugs.Order(StringComparer.Ordinal))}\n{JsonSerializer.Serialize(schedule)}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }
}
