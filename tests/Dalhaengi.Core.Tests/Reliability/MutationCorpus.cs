using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dalhaengi.Core.Tests.Privacy;

namespace Dalhaengi.Core.Tests.Reliability;

/// <summary>The kinds of damage the corpus does to a valid file.</summary>
public enum Mutation
{
    Truncated,
    WrongType,
    DuplicateKey,
    DeepNesting,
    HugeNumber,
    InvalidUtf8,
    Cp949,
    ResidentNumber,
    ByteFlip,
}

/// <summary>One damaged input: its bytes, what was done, and whether the loader must refuse it.</summary>
public sealed record MutatedInput(Mutation Kind, byte[] Bytes, bool MustFail, string? Secret);

/// <summary>
/// Generates a deterministic mutation corpus from a valid JSON file: a fixed number of inputs per kind of damage,
/// from a seeded generator, so that every run (and CI) tries the same inputs and the figures in docs/reliability.md hold.
/// </summary>
public static class MutationCorpus
{
    /// <summary>Inputs generated for each kind of damage and file format.</summary>
    public const int PerKind = 40;

    /// <summary>Inputs generated per file format.</summary>
    public const int PerFormat = PerKind * 9;

    private static readonly JsonNode?[] WrongValues = [JsonValue.Create(7), JsonValue.Create("x"), null, new JsonArray(), new JsonObject(), JsonValue.Create(true)];

    private static readonly byte[] BadBytes = [0xFF, 0xFE, 0xC0];

    private static readonly string[] HugeNumbers = ["1e308", "-1e308", "99999999999999999999999", "2147483648", "-2147483649", "9223372036854775808", "-1", "0", "1e-320", "NaN"];

    public static IEnumerable<MutatedInput> From(string validJson, int seed)
    {
        var random = new Random(seed);
        validJson = validJson.Trim(); // so that no truncation leaves a complete document
        var utf8 = Encoding.UTF8.GetBytes(validJson);
        var root = JsonNode.Parse(validJson, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })!;
        var values = Walk(root).Where(n => n.Parent is not null).ToList();
        var strings = values.Where(n => n is JsonValue v && v.GetValueKind() == JsonValueKind.String).ToList();
        var numbers = values.Where(n => n is JsonValue v && v.GetValueKind() == JsonValueKind.Number).ToList();
        var objects = Walk(root).OfType<JsonObject>().Where(o => o.Count > 0).ToList();

        for (var i = 0; i < PerKind; i++)
        {
            yield return new(Mutation.Truncated, utf8[..random.Next(0, utf8.Length - 1)], MustFail: true, null);
            yield return new(Mutation.WrongType, Replace(root, values[random.Next(values.Count)], WrongValues[random.Next(WrongValues.Length)]?.DeepClone()), MustFail: false, null);
            yield return new(Mutation.DuplicateKey, Duplicate(root, objects[random.Next(objects.Count)], random), MustFail: true, null);
            yield return new(Mutation.DeepNesting, Nest(root, values[random.Next(values.Count)], random.Next(65, 5000)), MustFail: true, null);
            yield return new(Mutation.HugeNumber, ReplaceRaw(root, numbers.Count > 0 ? numbers[random.Next(numbers.Count)] : values[random.Next(values.Count)], HugeNumbers[random.Next(HugeNumbers.Length)]), MustFail: false, null);
            yield return new(Mutation.InvalidUtf8, Insert(utf8, random.Next(1, utf8.Length - 1), BadBytes[random.Next(BadBytes.Length)]), MustFail: true, null);
            yield return new(Mutation.Cp949, Cp949Like(utf8, random), MustFail: true, null);
            var rrn = ResidentNumberForms.Next(random);
            yield return new(Mutation.ResidentNumber, Replace(root, strings[random.Next(strings.Count)], JsonValue.Create(rrn)), MustFail: true, rrn);
            var flipped = (byte[])utf8.Clone();
            flipped[random.Next(flipped.Length)] = (byte)random.Next(0, 128); // ASCII, so the damage is to the JSON, not the encoding
            yield return new(Mutation.ByteFlip, flipped, MustFail: false, null);
        }
    }

    private static IEnumerable<JsonNode> Walk(JsonNode? node)
    {
        if (node is null)
        {
            yield break;
        }

        yield return node;
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a,
            _ => [],
        };
        foreach (var child in children)
        {
            foreach (var n in Walk(child))
            {
                yield return n;
            }
        }
    }

    private static byte[] Replace(JsonNode root, JsonNode target, JsonNode? replacement) =>
        Encoding.UTF8.GetBytes(Write(root, target, w => WriteValue(w, replacement)));

    private static byte[] ReplaceRaw(JsonNode root, JsonNode target, string raw) =>
        Encoding.UTF8.GetBytes(Write(root, target, w => w.WriteRawValue(raw, skipInputValidation: true)));

    private static byte[] Nest(JsonNode root, JsonNode target, int depth) =>
        Encoding.UTF8.GetBytes(Write(root, target, w => w.WriteRawValue(new string('[', depth) + "1" + new string(']', depth), skipInputValidation: true)));

    private static byte[] Duplicate(JsonNode root, JsonObject target, Random random)
    {
        var (name, value) = target.ElementAt(random.Next(target.Count));
        var json = Write(root, target, w =>
        {
            w.WriteStartObject();
            foreach (var (n, v) in target)
            {
                w.WritePropertyName(n);
                WriteValue(w, v);
            }

            w.WritePropertyName(name); // the same key again, with a value that would silently win
            WriteValue(w, value is JsonValue jv && jv.GetValueKind() == JsonValueKind.Number ? JsonValue.Create(99) : value);
            w.WriteEndObject();
        });
        return Encoding.UTF8.GetBytes(json);
    }

    private static byte[] Insert(byte[] bytes, int at, byte b) => [.. bytes[..at], b, .. bytes[at..]];

    /// <summary>Re-encodes every Hangul syllable as a CP949-shaped two-byte pair (lead 0xB0–0xC8, trail 0xA1–0xFE).</summary>
    private static byte[] Cp949Like(byte[] utf8, Random random)
    {
        var text = Encoding.UTF8.GetString(utf8);
        var output = new List<byte>(utf8.Length);
        var any = false;
        foreach (var c in text)
        {
            if (c is >= '\uAC00' and <= '\uD7A3')
            {
                output.Add((byte)random.Next(0xB0, 0xC9));
                output.Add((byte)random.Next(0xA1, 0xFF));
                any = true;
            }
            else
            {
                output.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
            }
        }

        return any ? [.. output] : Insert(utf8, utf8.Length / 2, 0xC7);
    }

    private static string Write(JsonNode root, JsonNode target, Action<Utf8JsonWriter> writeTarget)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true }))
        {
            WriteNode(writer, root, target, writeTarget);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteNode(Utf8JsonWriter w, JsonNode? node, JsonNode target, Action<Utf8JsonWriter> writeTarget)
    {
        if (node is not null && ReferenceEquals(node, target))
        {
            writeTarget(w);
            return;
        }

        switch (node)
        {
            case JsonObject o:
                w.WriteStartObject();
                foreach (var (name, value) in o)
                {
                    w.WritePropertyName(name);
                    WriteNode(w, value, target, writeTarget);
                }

                w.WriteEndObject();
                break;
            case JsonArray a:
                w.WriteStartArray();
                foreach (var item in a)
                {
                    WriteNode(w, item, target, writeTarget);
                }

                w.WriteEndArray();
                break;
            default:
                WriteValue(w, node);
                break;
        }
    }

    private static void WriteValue(Utf8JsonWriter w, JsonNode? value)
    {
        if (value is null)
        {
            w.WriteNullValue();
        }
        else
        {
            value.WriteTo(w);
        }
    }
}
