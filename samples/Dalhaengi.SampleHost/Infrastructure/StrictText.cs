using System.Text;

namespace Dalhaengi.SampleHost.Infrastructure;

/// <summary>
/// Opens the host's CSV and JSON inputs strictly as UTF-8: a CP949/EUC-KR export (common in Korean offices) is
/// refused with the file's name and how to convert it, instead of being read with every Korean name turned into U+FFFD.
/// </summary>
internal static class StrictText
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads the whole file (a UTF-8 BOM is skipped) and returns a reader over its text.</summary>
    /// <exception cref="BadInputException">The file is not UTF-8.</exception>
    public static TextReader Open(string path) => new StringReader(ReadAll(path));

    /// <summary>Reads the whole file as UTF-8.</summary>
    /// <exception cref="BadInputException">The file is not UTF-8.</exception>
    public static string ReadAll(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }

        try
        {
            return Strict.GetString(span);
        }
        catch (DecoderFallbackException)
        {
            throw new BadInputException(
                $"{path}: the file is not valid UTF-8{(LooksLikeCp949(span) ? "; it looks like CP949/EUC-KR, the usual encoding of Korean office exports" : string.Empty)}. "
                + $"Convert it, e.g. iconv -f cp949 -t utf-8 {Path.GetFileName(path)} > utf8-{Path.GetFileName(path)}, or save it as UTF-8.");
        }
    }

    private static bool LooksLikeCp949(ReadOnlySpan<byte> bytes)
    {
        var pairs = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] < 0x80)
            {
                continue;
            }

            if (bytes[i] is < 0x81 or > 0xFE || i + 1 >= bytes.Length || bytes[i + 1] is < 0x41 or > 0xFE)
            {
                return false;
            }

            pairs++;
            i++;
        }

        return pairs > 0;
    }
}
