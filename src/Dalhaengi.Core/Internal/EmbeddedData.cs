namespace Dalhaengi.Core.Internal;

/// <summary>Opens the data files embedded in the assembly from <c>Data/</c>.</summary>
internal static class EmbeddedData
{
    /// <summary>Opens an embedded file by its path below <c>Data/</c>, for example <c>municipalities/yangpyeong.json</c>.</summary>
    internal static Stream Open(string path)
    {
        var name = "Dalhaengi.Core.Data/" + path;
        return typeof(EmbeddedData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded data '{name}' is missing from the assembly.");
    }

    /// <summary>Reads an embedded UTF-8 text file.</summary>
    internal static string ReadText(string path)
    {
        using var stream = Open(path);
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
