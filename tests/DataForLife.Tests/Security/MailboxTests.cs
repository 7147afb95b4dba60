using DataForLife.Web.Domain;

namespace DataForLife.Tests.Security;

public sealed class MailboxTests
{
    [Theory]
    [InlineData("reader@example.vn", "reader@example.vn")]
    [InlineData("reader+2@example.vn", "reader@example.vn")]
    [InlineData("reader+tin.tuc+3@example.vn", "reader@example.vn")]
    [InlineData("ban.doc@gmail.com", "bandoc@gmail.com")]
    [InlineData("b.a.n.d.o.c+x@googlemail.com", "bandoc@gmail.com")]
    [InlineData("ban.doc@example.vn", "ban.doc@example.vn")]
    [InlineData("ban.doc@outlook.com", "ban.doc@outlook.com")]
    [InlineData("+only@example.vn", "+only@example.vn")]
    public void A_mailbox_drops_the_sub_address_and_gmail_s_dots(string address, string mailbox) =>
        Assert.Equal(mailbox, EmailAddresses.Mailbox(address));
}
