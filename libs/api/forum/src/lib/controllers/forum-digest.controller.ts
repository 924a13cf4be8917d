import { Body, Controller, Get, HttpCode, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AlsoResponds,
  Authenticated,
  CurrentPrincipal,
  NoBody,
  Public,
  Responds,
  RespondsEmpty,
  RespondsRedirect,
  type Principal,
} from '@bina-pustaka/api-platform';
import type { ForumDigestSetting } from '@bina-pustaka/shared-contracts';
import type { FastifyReply } from 'fastify';
import { forumDigestSettingSchema } from '@bina-pustaka/shared-contracts/schemas';
import { ForumDigestSettingsService } from '../digest/forum-digest-settings.service';
import { ForumDigestSettingDto, ForumDigestUnsubscribeQueryDto } from './forum.dto';

/** The daily email digest: one's own setting (signed in), and the mail's signed unsubscribe link (anyone holding it). */
@ApiTags('forums')
@Controller('forum-digest')
export class ForumDigestController {
  constructor(private readonly settings: ForumDigestSettingsService) {}

  @Get('setting')
  @Authenticated()
  @ApiBearerAuth()
  @ApiOperation({ summary: 'My daily forum digest: on or off, and the zone whose 07.00 it comes at' })
  @Responds(forumDigestSettingSchema)
  get(@CurrentPrincipal() actor: Principal): Promise<ForumDigestSetting> {
    return this.settings.get(actor);
  }

  @Put('setting')
  @Authenticated()
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Turn my daily forum digest on or off, or change its zone (WIB, WITA, WIT)' })
  @Responds(forumDigestSettingSchema)
  put(@CurrentPrincipal() actor: Principal, @Body() body: ForumDigestSettingDto): Promise<ForumDigestSetting> {
    return this.settings.put(actor, body);
  }

  /**
   * The digest's List-Unsubscribe address (RFC 8058: mail clients POST
   * `List-Unsubscribe=One-Click` to it) and what its unsubscribe page calls. No sign-in: the
   * signed token names the person, and can only turn their digest off.
   */
  @Post('unsubscribe')
  @Public()
  @NoBody()
  @HttpCode(204)
  @ApiOperation({ summary: 'Stop the daily forum digest of the person the signed link was written for' })
  @RespondsEmpty()
  @AlsoResponds(400, 'The link is incomplete or not signed by us (forum.digestLinkInvalid)')
  async unsubscribe(@Query() query: ForumDigestUnsubscribeQueryDto): Promise<void> {
    await this.settings.unsubscribe(query.token);
  }

  /**
   * The same address opened in a browser (a mail client without one-click unsubscribe shows it
   * as a link). A GET changes nothing, since link scanners open links too: it sends the person
   * to the unsubscribe page, which asks, then POSTs.
   */
  @Get('unsubscribe')
  @Public()
  @HttpCode(303)
  @ApiOperation({
    summary: 'Open the unsubscribe page of the daily forum digest (the signed link, followed in a browser)',
  })
  @RespondsRedirect('The unsubscribe page, the token in its fragment')
  @AlsoResponds(400, 'The link is incomplete or not signed by us (forum.digestLinkInvalid)')
  openUnsubscribePage(@Query() query: ForumDigestUnsubscribeQueryDto, @Res() reply: FastifyReply): void {
    void reply.redirect(this.settings.unsubscribePage(query.token), 303);
  }
}
