import { Body, Controller, Delete, Get, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  Authenticated,
  CurrentPrincipal,
  NoBody,
  ParseIdPipe,
  Responds,
  type Principal,
} from '@bina-pustaka/api-platform';
import type { ForumPost, ForumPostRevision, PostThanks } from '@bina-pustaka/shared-contracts';
import { forumPostRevisionSchema, forumPostSchema, postThanksSchema } from '@bina-pustaka/shared-contracts/schemas';
import { ForumPostsService } from '../posts/forum-posts.service';
import { DeleteForumPostDto, UpdateForumPostDto } from './forum.dto';

/** One post: edit, delete, its history, thanks. Object checks inside. */
@ApiTags('forums')
@ApiBearerAuth()
@Authenticated()
@Controller('forum-posts/:postId')
export class ForumPostsController {
  constructor(private readonly posts: ForumPostsService) {}

  @Patch()
  @ApiOperation({ summary: 'Edit a post (its author, or a moderator); the old text is kept' })
  @Responds(forumPostSchema)
  edit(
    @CurrentPrincipal() actor: Principal,
    @Param('postId', ParseIdPipe) postId: string,
    @Body() body: UpdateForumPostDto,
  ): Promise<ForumPost> {
    return this.posts.edit(actor, postId, body.bodyMarkdown);
  }

  @Post('delete')
  @ApiOperation({ summary: 'Delete a post: its author within 30 minutes, a moderator any time with a reason' })
  @Responds(forumPostSchema, 201)
  remove(
    @CurrentPrincipal() actor: Principal,
    @Param('postId', ParseIdPipe) postId: string,
    @Body() body: DeleteForumPostDto,
  ): Promise<ForumPost> {
    return this.posts.remove(actor, postId, body.reason);
  }

  @Get('revisions')
  @ApiOperation({ summary: "A post's earlier texts, oldest first (moderators)" })
  @Responds([forumPostRevisionSchema])
  revisions(
    @CurrentPrincipal() actor: Principal,
    @Param('postId', ParseIdPipe) postId: string,
  ): Promise<ForumPostRevision[]> {
    return this.posts.revisions(actor, postId);
  }

  @Put('thanks')
  @NoBody()
  @ApiOperation({ summary: 'Thank the writer (not on my own post)' })
  @Responds(postThanksSchema)
  thank(@CurrentPrincipal() actor: Principal, @Param('postId', ParseIdPipe) postId: string): Promise<PostThanks> {
    return this.posts.thank(actor, postId, true);
  }

  @Delete('thanks')
  @ApiOperation({ summary: 'Take my thanks back' })
  @Responds(postThanksSchema)
  unthank(@CurrentPrincipal() actor: Principal, @Param('postId', ParseIdPipe) postId: string): Promise<PostThanks> {
    return this.posts.thank(actor, postId, false);
  }
}
