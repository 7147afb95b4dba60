using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Voting;
using DataForLife.Web.Features.Voting;
using DataForLife.Web.Features.Voting.Readers;

namespace DataForLife.Tests.Voting;

public sealed class VoterAddressTests
{
    private static readonly DisposableEmailDomains Shipped = DisposableEmailDomains.Load(DisposableEmailDomains.DefaultPath);

    [Theory]
    [InlineData("0912345678")]
    [InlineData("+84912345678")]
    [InlineData("84912345678")]
    [InlineData("0912 345 678")]
    [InlineData("091.234.5678")]
    [InlineData("091-234-5678")]
    [InlineData(" +84 91 234 56 78 ")]
    public void A_Viet_Nam_mobile_number_is_normalised_to_plus_84_and_nine_digits(string typed)
    {
        Assert.Equal("+84912345678", VoterAddress.NormalisePhone(typed));
    }

    [Theory]
    [InlineData("0312345678", "+84312345678")]
    [InlineData("0512345678", "+84512345678")]
    [InlineData("0712345678", "+84712345678")]
    [InlineData("0812345678", "+84812345678")]
    [InlineData("0987654321", "+84987654321")]
    public void Every_mobile_range_is_accepted(string typed, string expected)
    {
        Assert.Equal(expected, VoterAddress.NormalisePhone(typed));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("02438251234")] // a Ha Noi landline
    [InlineData("0112345678")]
    [InlineData("0412345678")]
    [InlineData("0612345678")]
    [InlineData("091234567")] // eight digits after the leading zero
    [InlineData("09123456789")] // ten digits after the leading zero
    [InlineData("912345678")] // no leading zero nor country code
    [InlineData("+8491234567")]
    [InlineData("+849123456789")]
    [InlineData("+85512345678")] // Cambodia
    [InlineData("0912345678a")]
    [InlineData("(091) 2345678")]
    [InlineData("0912/345/678")]
    [InlineData("０９１２３４５６７８")] // full-width digits
    public void Anything_but_a_Viet_Nam_mobile_number_is_refused(string typed)
    {
        Assert.Null(VoterAddress.NormalisePhone(typed));
    }

    [Theory]
    [InlineData("an@example.vn", "an@example.vn")]
    [InlineData("  Nguyen.Van.An@Example.COM.vn ", "nguyen.van.an@example.com.vn")]
    [InlineData("an+binh-chon@mail.example.org", "an+binh-chon@mail.example.org")]
    [InlineData("o'brien@example.ie", "o'brien@example.ie")]
    public void An_e_mail_address_is_trimmed_and_lower_cased(string typed, string expected)
    {
        Assert.Equal(expected, EmailAddresses.Normalise(typed));
    }

    [Theory]
    [InlineData("")]
    [InlineData("an")]
    [InlineData("an@")]
    [InlineData("@example.vn")]
    [InlineData("an@example")]
    [InlineData("an@@example.vn")]
    [InlineData("an binh@example.vn")]
    [InlineData("an@exa mple.vn")]
    [InlineData(".an@example.vn")]
    [InlineData("an.@example.vn")]
    [InlineData("an..binh@example.vn")]
    [InlineData("an@-example.vn")]
    [InlineData("an@example-.vn")]
    [InlineData("an@example..vn")]
    [InlineData("an@example.v")]
    [InlineData("an@example.vn.")]
    [InlineData("an@example.123")]
    [InlineData("an\n@example.vn")]
    [InlineData("nguyễn@example.vn")]
    [InlineData("an@example.vn\nbcc@example.vn")]
    public void A_malformed_e_mail_address_is_refused(string typed)
    {
        Assert.Null(EmailAddresses.Normalise(typed));
    }

    [Fact]
    public void An_e_mail_address_may_have_254_characters_but_not_255()
    {
        var domain = new string('d', 63) + "." + new string('e', 63) + "." + new string('f', 58) + ".vn";
        var at254 = new string('a', 64) + "@" + domain;
        Assert.Equal(254, at254.Length);

        Assert.Equal(at254, EmailAddresses.Normalise(at254));
        Assert.Null(EmailAddresses.Normalise("b" + at254));
        Assert.Null(EmailAddresses.Normalise(new string('a', 65) + "@example.vn"));
    }

    [Theory]
    [InlineData("someone@mailinator.com")]
    [InlineData("someone@YOPMAIL.com")]
    [InlineData("someone@guerrillamail.com")]
    [InlineData("someone@10minutemail.com")]
    [InlineData("someone@temp-mail.org")]
    [InlineData("someone@trashmail.com")]
    [InlineData("someone@inbox.mailinator.com")]
    [InlineData("someone@a.b.yopmail.com")]
    public void A_disposable_domain_or_its_subdomain_is_refused(string typed)
    {
        var (identity, error) = VoterAddress.Parse(VoterChannel.Email, typed, Shipped);

        Assert.Null(identity);
        Assert.Equal("Voter.EmailDisposable", error);
    }

    [Theory]
    [InlineData("someone@notmailinator.com")]
    [InlineData("someone@mailinator.com.vn")]
    [InlineData("someone@gmail.com")]
    [InlineData("someone@vnexpress.net")]
    public void A_domain_that_only_resembles_a_disposable_one_is_accepted(string typed)
    {
        var (identity, error) = VoterAddress.Parse(VoterChannel.Email, typed, Shipped);

        Assert.Null(error);
        Assert.Equal(new VoterIdentity(VoterChannel.Email, typed), identity);
    }

    [Fact]
    public void The_shipped_list_is_read_from_beside_the_app_and_holds_the_well_known_domains()
    {
        Assert.True(File.Exists(DisposableEmailDomains.DefaultPath));
        Assert.True(Shipped.Count >= 30);
        Assert.All(new[] { "mailinator.com", "yopmail.com", "guerrillamail.com", "10minutemail.com", "temp-mail.org", "trashmail.com" },
            domain => Assert.True(Shipped.Contains(domain), domain));
    }

    [Fact]
    public void A_list_entry_is_matched_whatever_its_case_or_a_trailing_dot()
    {
        var list = new DisposableEmailDomains([" Throwaway.Example. "]);

        Assert.True(list.Contains("throwaway.example"));
        Assert.True(list.Contains("mx.THROWAWAY.example."));
        Assert.False(list.Contains("example"));
    }

    [Theory]
    [InlineData(VoterChannel.Phone, "", "Voter.PhoneRequired")]
    [InlineData(VoterChannel.Phone, "12345", "Voter.PhoneInvalid")]
    [InlineData(VoterChannel.Email, " ", "Voter.EmailRequired")]
    [InlineData(VoterChannel.Email, "not an address", "Voter.EmailInvalid")]
    [InlineData(VoterChannel.Email, "0912345678", "Voter.EmailInvalid")]
    [InlineData(VoterChannel.Phone, "an@example.vn", "Voter.PhoneInvalid")]
    public void A_refusal_names_its_reason(VoterChannel channel, string typed, string expected)
    {
        var (identity, error) = VoterAddress.Parse(channel, typed, Shipped);

        Assert.Null(identity);
        Assert.Equal(expected, error);
    }

    [Fact]
    public void The_same_reader_typed_two_ways_is_one_voter()
    {
        var (first, _) = VoterAddress.Parse(VoterChannel.Phone, "0912 345 678", Shipped);
        var (second, _) = VoterAddress.Parse(VoterChannel.Phone, "+84912345678", Shipped);
        var (mail, _) = VoterAddress.Parse(VoterChannel.Email, " An@Example.VN", Shipped);

        Assert.Equal(first!.VoterKey, second!.VoterKey);
        Assert.Equal(new VoterIdentity(VoterChannel.Email, "an@example.vn").VoterKey, mail!.VoterKey);
    }
}
