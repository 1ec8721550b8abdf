using System.Text;

namespace Dalhaengi.Core.Serialization;

/// <summary>
/// Decodes data files strictly as UTF-8, so that a CP949/EUC-KR export (common in Korean offices) is refused with a
/// way to convert it instead of loading with every Korean name turned into U+FFFD.
/// </summary>
internal static class StrictUtf8
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/> (a UTF-8 BOM is skipped); throws a validation error naming the likely encoding.</summary>
    /// <exception cref="DalhaengiValidationException">The bytes are not valid UTF-8.</exception>
    internal static string Decode(ReadOnlySpan<byte> bytes, string source)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            throw new DalhaengiValidationException(source, [new("$", "the file is UTF-16, not UTF-8", "save it as UTF-8, e.g. iconv -f utf-16 -t utf-8 in > out")]);
        }

        try
        {
            return Strict.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new DalhaengiValidationException(source, [Problem(bytes)]);
        }
    }

    /// <summary>Reads the whole stream and decodes it strictly, leaving the stream open.</summary>
    internal static string Read(Stream stream, string source)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), source);
    }

    /// <summary>Describes where decoding failed and what the encoding probably is.</summary>
    internal static ValidationProblem Problem(ReadOnlySpan<byte> bytes)
    {
        var offset = FirstInvalid(bytes);
        var line = 1 + bytes[..offset].Count((byte)'\n');
        var looksKorean = LooksLikeCp949(bytes);
        var message = $"the file is not valid UTF-8 (first bad byte 0x{bytes[offset]:X2} at byte {offset}, line {line})"
            + (looksKorean ? "; it looks like CP949/EUC-KR, the usual encoding of Korean office exports" : string.Empty);
        var hint = looksKorean
            ? "convert it to UTF-8, e.g. iconv -f cp949 -t utf-8 in.json > out.json, or save it as UTF-8 in the editor"
            : "save the file as UTF-8 (e.g. iconv -f <encoding> -t utf-8 in > out)";
        return new ValidationProblem("$", message, hint);
    }

    private static int FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        var i = 0;
        while (i < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return i;
            }

            i += consumed;
        }

        return Math.Max(0, bytes.Length - 1);
    }

    /// <summary>Whether the non-ASCII bytes pair up as CP949 lead (0x81–0xFE) and trail (0x41–0xFE) bytes.</summary>
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
