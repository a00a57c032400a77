using System.Text;

namespace ChatBot.Core.Indexing;

/// <summary>
/// UTF-8 that also carries lone surrogates (WTF-8): each UTF-16 unit of a word becomes one to three bytes, a surrogate
/// pair four, and a lone surrogate its own three bytes instead of a replacement character. So any two different .NET
/// strings encode differently — a built index may hold words cut from any text — while a valid string's bytes are its
/// UTF-8 exactly (what a snapshot stores, so a loaded word is copied, not decoded).
/// </summary>
internal static class Wtf8
{
    /// <summary>Bytes that any <paramref name="chars"/> characters can take (three a unit; a pair takes four for two).</summary>
    /// <exception cref="OverflowException">More characters than an array of their bytes could hold.</exception>
    public static int MaxBytes(int chars) => checked(chars * 3);

    /// <summary>Writes the bytes of <paramref name="chars"/> (room for <see cref="MaxBytes"/>) and returns how many.</summary>
    public static int Encode(ReadOnlySpan<char> chars, Span<byte> destination)
    {
        if (Ascii.FromUtf16(chars, destination, out var written) == System.Buffers.OperationStatus.Done)
        {
            return written;
        }

        var b = written;
        for (var i = written; i < chars.Length; i++)
        {
            int c = chars[i];
            if (c < 0x80)
            {
                destination[b++] = (byte)c;
            }
            else if (c < 0x800)
            {
                destination[b++] = (byte)(0xC0 | (c >> 6));
                destination[b++] = (byte)(0x80 | (c & 0x3F));
            }
            else if (char.IsHighSurrogate((char)c) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                var point = char.ConvertToUtf32((char)c, chars[++i]);
                destination[b++] = (byte)(0xF0 | (point >> 18));
                destination[b++] = (byte)(0x80 | ((point >> 12) & 0x3F));
                destination[b++] = (byte)(0x80 | ((point >> 6) & 0x3F));
                destination[b++] = (byte)(0x80 | (point & 0x3F));
            }
            else
            {
                destination[b++] = (byte)(0xE0 | (c >> 12));
                destination[b++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                destination[b++] = (byte)(0x80 | (c & 0x3F));
            }
        }

        return b;
    }

    /// <summary>
    /// Writes the characters of <paramref name="bytes"/> (made by <see cref="Encode"/> or valid UTF-8; room for one a
    /// byte) and returns how many.
    /// </summary>
    public static int Decode(ReadOnlySpan<byte> bytes, Span<char> destination)
    {
        if (Ascii.ToUtf16(bytes, destination, out var written) == System.Buffers.OperationStatus.Done)
        {
            return written;
        }

        var c = written;
        for (var i = written; i < bytes.Length;)
        {
            int lead = bytes[i];
            if (lead < 0x80)
            {
                destination[c++] = (char)lead;
                i++;
            }
            else if (lead < 0xE0)
            {
                destination[c++] = (char)(((lead & 0x1F) << 6) | (bytes[i + 1] & 0x3F));
                i += 2;
            }
            else if (lead < 0xF0)
            {
                destination[c++] = (char)(((lead & 0x0F) << 12) | ((bytes[i + 1] & 0x3F) << 6) | (bytes[i + 2] & 0x3F));
                i += 3;
            }
            else
            {
                var point = ((lead & 0x07) << 18) | ((bytes[i + 1] & 0x3F) << 12) | ((bytes[i + 2] & 0x3F) << 6) | (bytes[i + 3] & 0x3F);
                point -= 0x10000;
                destination[c++] = (char)(0xD800 + (point >> 10));
                destination[c++] = (char)(0xDC00 + (point & 0x3FF));
                i += 4;
            }
        }

        return c;
    }

    /// <summary>
    /// True when <paramref name="bytes"/> is what <see cref="Encode"/> writes for some string: UTF-8 with lone surrogates
    /// allowed, but no overlong or cut-off sequence, and no high surrogate's three bytes followed by a low one's (Encode
    /// writes that pair as four) — so a damaged word can neither be read past its end nor decode like another word.
    /// </summary>
    public static bool IsWellFormed(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return true;
        }

        var afterHigh = false;
        for (var i = 0; i < bytes.Length;)
        {
            int lead = bytes[i];
            var (length, least) = lead switch
            {
                < 0x80 => (1, 0),
                >= 0xC2 and < 0xE0 => (2, 0x80),
                >= 0xE0 and < 0xF0 => (3, 0x800),
                >= 0xF0 and < 0xF5 => (4, 0x10000),
                _ => (0, 0),
            };
            if (length == 0 || i + length > bytes.Length)
            {
                return false;
            }

            var point = lead & (0xFF >> (length + (length == 1 ? 0 : 1)));
            for (var k = 1; k < length; k++)
            {
                if ((bytes[i + k] & 0xC0) != 0x80)
                {
                    return false;
                }

                point = (point << 6) | (bytes[i + k] & 0x3F);
            }

            if (point < least || point > 0x10FFFF || (afterHigh && point is >= 0xDC00 and <= 0xDFFF))
            {
                return false;
            }

            afterHigh = point is >= 0xD800 and <= 0xDBFF;
            i += length;
        }

        return true;
    }
}
