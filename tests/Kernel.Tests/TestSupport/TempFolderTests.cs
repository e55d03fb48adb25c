using VmoKernel.Tests.Shared;

namespace VmoKernel.Tests.Kernel.TestSupport;

/// <summary>The temp folders every test project writes to: made empty under the temp folder, and gone once deleted.</summary>
public sealed class TempFolderTests
{
    [Fact]
    public void AFolderIsMadeEmptyUnderTheTempFolderAndDeletedWithWhatItHolds()
    {
        var folder = TempFolder.Create("vmo-temp-test-");
        Assert.StartsWith(Path.GetTempPath(), folder, StringComparison.Ordinal);
        Assert.StartsWith("vmo-temp-test-", Path.GetFileName(folder), StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder));

        Directory.CreateDirectory(Path.Combine(folder, "inner"));
        File.WriteAllText(Path.Combine(folder, "inner", "trace.json"), "{}");
        TempFolder.Delete(folder);

        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void DeletingAFolderAlreadyGoneIsNoError()
    {
        var folder = TempFolder.Create("vmo-temp-test-");
        TempFolder.Delete(folder);
        TempFolder.Delete(folder);

        Assert.False(Directory.Exists(folder));
    }
}
