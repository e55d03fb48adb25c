using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using VmoKernel.Checks.Cli;
using VmoKernel.Checks.Exploration.Running;

namespace VmoKernel.Checks.Exploration.Traces;

/// <summary>Writes and reads trace files; reading checks the file's shape and fails with one line.</summary>
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
        return Sealed(new ExplorationTrace(
            ExplorationTrace.CurrentFormat,
            BuildIdentity.Release,
            BuildIdentity.Configuration,
            BuildIdentity.SourceDigest,
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
            parsed.RootElement.Clone(),
            ""));
    }

    /// <summary>The trace with its <see cref="ExplorationTrace.Digest"/> computed over every other field.</summary>
    public static ExplorationTrace Sealed(ExplorationTrace trace) => trace with { Digest = DigestOf(trace) };

    /// <summary>A hash over the header and the steps (the digest field itself left empty).</summary>
    public static string DigestOf(ExplorationTrace trace)
    {
        var text = JsonSerializer.Serialize(trace with { Digest = "" }, Json);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }

    /// <summary>
    /// Saves the trace under <paramref name="directory"/> with a name saying test and seeded bugs, never
    /// replacing an earlier trace (a second find of the same bug gets <c>.2.json</c>); returns the path.
    /// </summary>
    public static string Save(ExplorationTrace trace, string directory)
    {
        var bugs = trace.SeededBugs.Count == 0 ? "clean" : string.Join("+", trace.SeededBugs);
        OutputFile.CheckFolder(directory, "--out");
        var path = OutputFile.Unique(directory, $"{trace.Test}.{bugs}", ".json");
        Write(trace, path);
        return path;
    }

    /// <summary>Writes the trace to exactly <paramref name="path"/> (the caller checked it may).</summary>
    public static void Write(ExplorationTrace trace, string path) => OutputFile.Write(path, JsonSerializer.Serialize(trace, Json) + "\n");

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
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"cannot read {path}: {e.Message}");
        }

        if (trace is null || trace.Format != ExplorationTrace.CurrentFormat)
        {
            throw new InputException($"{path} is not a trace file (format '{trace?.Format}', expected '{ExplorationTrace.CurrentFormat}')");
        }

        return trace;
    }

    /// <summary>The Coyote schedule as the text Coyote reads.</summary>
    public static string CoyoteTraceText(ExplorationTrace trace) => trace.CoyoteTrace.GetRawText();

}
