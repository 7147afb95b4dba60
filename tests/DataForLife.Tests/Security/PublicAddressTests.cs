using DataForLife.Tests.Support;
using DataForLife.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace DataForLife.Tests.Security;

/// <summary>Links that leave the platform are built from its own address, never from the Host a request names.</summary>
[Trait("Category", "Integration")]
public sealed class PublicAddressTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task A_password_reset_asked_with_a_forged_host_mails_a_link_to_the_platform_not_to_that_host()
    {
        await factory.CreateUserAsync("nan-nhan@example.vn");
        var attacker = factory.CreateBrowserLikeClient();
        attacker.DefaultRequestHeaders.Host = "ke-gian.example";

        await attacker.PostFormAsync("/account/forgot-password", ("Email", "nan-nhan@example.vn"));
        var message = await factory.Mailbox.WaitForAsync("nan-nhan@example.vn", "Đặt lại");
        var link = Mailbox.FirstLink(message, "/account/reset-password");

        Assert.StartsWith("http://localhost:5000/account/reset-password?", link, StringComparison.Ordinal);
        Assert.DoesNotContain("ke-gian", message.TextBody + message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_graph_tags_of_a_page_asked_with_a_forged_host_name_the_platform()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Host = "ke-gian.example";

        var page = await client.GetStringAsync("/");

        Assert.Contains("<meta property=\"og:url\" content=\"http://localhost:5000/", page, StringComparison.Ordinal);
        Assert.DoesNotContain("ke-gian", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Production", "http://0.0.0.0:8080", null, false)]
    [InlineData("Production", "http://+:80", null, false)]
    [InlineData("Production", "http://localhost:5000", null, true)]
    [InlineData("Production", "http://127.0.0.1:5000;http://[::1]:5000", null, true)]
    [InlineData("Production", "http://0.0.0.0:8080", "https://dulieuso.example.vn", true)]
    [InlineData("Development", "http://0.0.0.0:8080", null, true)]
    [InlineData("Development", "http://localhost:5000", "dulieuso.example.vn", false)]
    [InlineData("Production", "http://localhost:5000", "https://dulieuso.example.vn/trang", false)]
    public void The_platform_starts_only_with_a_public_address_where_links_would_otherwise_be_wrong(string environment, string urls, string? configured, bool starts)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Email:PublicBaseUrl"] = configured }).Build();
        var host = new Environment { EnvironmentName = environment };

        var error = Record.Exception(() => PublicAddress.EnsureConfigured(configuration, host, urls));

        Assert.Equal(starts, error is null);
        if (error is not null)
        {
            Assert.Contains("Email:PublicBaseUrl", error.Message, StringComparison.Ordinal);
        }
    }

    private sealed class Environment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;
        public string ApplicationName { get; set; } = "DataForLife.Web";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }
}

/// <summary>With a public address configured, every link carries it.</summary>
[Trait("Category", "Integration")]
public sealed class ConfiguredPublicAddressTests(ConfiguredPublicAddressTests.Factory factory) : IClassFixture<ConfiguredPublicAddressTests.Factory>
{
    public sealed class Factory : PlatformFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Email:PublicBaseUrl", "https://dulieuso.example.vn/");
        }
    }

    [Fact]
    public async Task A_confirmation_link_and_the_shared_page_carry_the_configured_address()
    {
        var client = factory.CreateBrowserLikeClient();
        await client.PostFormAsync("/account/register", ("Input.DisplayName", "Lê Văn Bình"), ("Input.Email", "binh@example.vn"),
            ("Input.Password", TestUsers.Password), ("Input.ConfirmPassword", TestUsers.Password));

        var message = await factory.Mailbox.WaitForAsync("binh@example.vn", "Xác nhận");

        Assert.StartsWith("https://dulieuso.example.vn/account/confirm-email?", Mailbox.FirstLink(message, "/account/confirm-email"), StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:url\" content=\"https://dulieuso.example.vn/", await client.GetStringAsync("/"), StringComparison.Ordinal);
    }
}
