using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Dalhaengi.Core.Serialization;

/// <summary>
/// Writes the library's documents as indented UTF-8 JSON that people can edit: Korean stays Korean (<c>"양평군"</c>,
/// not <c>"\uC591\uD3C9\uAD70"</c>), since staff open these files in an editor, not in a browser.
/// </summary>
internal static class DocumentWriter
{
    // Relaxed escaping leaves non-ASCII text as it is; JSON-significant characters and control characters are still
    // escaped, so the output is valid JSON. These files are data, never embedded into HTML or script unescaped.
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            JsonSerializer.Serialize(writer, value, typeInfo);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
