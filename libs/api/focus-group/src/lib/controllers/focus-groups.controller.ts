import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AlsoResponds,
  Authenticated,
  contentDisposition,
  CurrentPrincipal,
  ParseIdPipe,
  RequireRoles,
  Responds,
  RespondsEmpty,
  RespondsWithFile,
  type Principal,
} from '@bina-pustaka/api-platform';
import type {
  FocusGroupDetail,
  FocusGroupSession,
  FocusGroupSummary,
  Page,
  UserRef,
} from '@bina-pustaka/shared-contracts';
import {
  focusGroupDetailSchema,
  focusGroupSessionSchema,
  focusGroupSummaryPageSchema,
  userRefSchema,
} from '@bina-pustaka/shared-contracts/schemas';
import type { FastifyReply } from 'fastify';
import { FocusGroupAccessService } from '../groups/focus-group-access.service';
import { FocusGroupPeopleService } from '../groups/focus-group-people.service';
import { FocusGroupsService } from '../groups/focus-groups.service';
import { FocusGroupSessionsService } from '../sessions/focus-group-sessions.service';
import { FocusGroupWebinarsService } from '../sessions/focus-group-webinars.service';
import { FocusGroupDetailService } from '../summary/focus-group-detail.service';
import { FocusGroupPdfService } from '../summary/focus-group-pdf.service';
import {
  AddFocusGroupPeopleDto,
  ChangeFocusGroupRoleDto,
  CreateFocusGroupDto,
  CreateFocusGroupSessionDto,
  FocusGroupListQueryDto,
  FocusGroupNotesDto,
  FocusGroupPeopleQueryDto,
  UpdateFocusGroupDto,
  UpdateFocusGroupSessionDto,
} from './focus-group.dto';

/**
 * Focus groups, their people and sessions. Coordinators and admins create groups; anyone
 * signed in asks for the rest, and each call checks the group is theirs (a stranger: 404)
 * and, to change it, that they run it (its facilitators and the staff; a member: 403).
 * People changes reach the rooms of the group's online sessions (their webinar sessions).
 */
@ApiTags('focus-groups')
@ApiBearerAuth()
@Authenticated()
@Controller('focus-groups')
export class FocusGroupsController {
  constructor(
    private readonly access: FocusGroupAccessService,
    private readonly groups: FocusGroupsService,
    private readonly people: FocusGroupPeopleService,
    private readonly sessions: FocusGroupSessionsService,
    private readonly webinars: FocusGroupWebinarsService,
    private readonly details: FocusGroupDetailService,
    private readonly pdf: FocusGroupPdfService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Groups I am in (coordinators and admins: every group)' })
  @Responds(focusGroupSummaryPageSchema)
  list(@CurrentPrincipal() actor: Principal, @Query() query: FocusGroupListQueryDto): Promise<Page<FocusGroupSummary>> {
    return this.groups.list(actor, query);
  }

  @Post()
  @RequireRoles('coordinator', 'admin')
  @ApiOperation({ summary: 'Create a group with its facilitators, members and private forum' })
  @Responds(focusGroupDetailSchema, 201)
  async create(@CurrentPrincipal() actor: Principal, @Body() body: CreateFocusGroupDto): Promise<FocusGroupDetail> {
    const groupId = await this.groups.create(actor, body);
    return this.details.detail(await this.access.group(actor, groupId));
  }

  @Get('people')
  @ApiOperation({ summary: 'Active accounts by name, to add to a group (coordinators, admins, facilitators)' })
  @Responds([userRefSchema])
  search(@CurrentPrincipal() actor: Principal, @Query() query: FocusGroupPeopleQueryDto): Promise<UserRef[]> {
    return this.people.search(actor, query.q);
  }

  @Get(':groupId')
  @ApiOperation({ summary: 'A group I am in: people, sessions with notes, findings, action items' })
  @Responds(focusGroupDetailSchema)
  async detail(
    @CurrentPrincipal() actor: Principal,
    @Param('groupId', ParseIdPipe) groupId: string,
  ): Promise<FocusGroupDetail> {
    return this.details.detail(await this.access.group(actor, groupId));
  }

  @Patch(':groupId')
  @ApiOperation({ summary: 'Change the topic, purpose, anonymous posting or status (facilitators, staff)' })
  @Responds(focusGroupDetailSchema)
  async update(
    @CurrentPrincipal() actor: Principal,
    @Param('groupId', ParseIdPipe) groupId: string,
    @Body() body: UpdateFocusGroupDto,
  ): Promise<FocusGroupDetail> {
    await this.groups.update(await this.access.managed(actor, groupId), body);
    return this.details.detail(await this.access.group(actor, groupId));
  }

  @Get(':groupId/summary.pdf')
  @ApiOperation({ summary: "The group's summary as a PDF for the library's report" })
  @RespondsWithFile('application/pdf')
  async summary(
    @CurrentPrincipal() actor: Principal,
    @Param('groupId', ParseIdPipe) groupId: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const pdf = await this.pdf.render(await this.details.detail(await this.access.group(actor, groupId)));
    return reply
      .header('Content-Type', 'application/pdf')
      .header('Content-Disposition', contentDisposition('attachment', 'ringkasan-diskusi-fokus.pdf'))
      .header('Cache-Control', 'private, no-store')
      .send(pdf);
  }

  @Post(':groupId/people')
  @ApiOperation({ summary: 'Add people as facilitators or members; each is told in the app' })
  @Responds(focusGroupDetailSchema, 201)
  async addPeople(
    @CurrentPrincipal() actor: Principal,
    @Param('groupId', ParseIdPipe) groupId: string,
    @Body() body: AddFocusGroupPeopleDto,
  ): Promise<FocusGroupDetail> {
    const access = await this.access.managed(actor, groupId);
    await this.people.add(actor, access.group, body.userIds, body.role);
    await this.webinars.syncPeople(groupId);
    return this.details.detail(access);
  }

  @Patch(':groupId/people/:userId')
  @ApiOperation({ summary: "Change a person's role (a group keeps at least one facilitator)" })
  @Responds(focusGroupDetailSchema)
  @AlsoResponds(409, 'The last facilitator cannot stop being one')
  async changeRole(
    @CurrentPrincipal() actor: Principal,
    @Param('groupId', ParseIdPipe) groupId: string,
    @Param('userId', ParseIdPipe) userId: string,
    @Body() body: ChangeFocusGroupRoleDto,
  ): Promise<FocusGroupDetail> {
    const access = await this.access.managed(actor, groupId);
    await this.people.changeRole(actor, access.group, userId, body.role);
    await this.webinars.syncPeople(groupId);
    return this.details.detail(await this.access.group(actor, groupId));
  }

  @Delete(':groupId/people/:userId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a person (a group keeps at least one facilitator)' })
  @RespondsEmpty()
  @AlsoResponds(409, 'The last facilitator cannot be removed')
  async removePerson(
    @CurrentPrincipal() actor: Principal,
    @Param('groupId', ParseIdPipe) groupId: string,
    @Param('userId', ParseIdPipe) userId: string,
  ): Promise<void> {
    await this.people.remove(actor, (await this.access.managed(actor, groupId)).group, userId);
    await this.webinars.syncPeople(groupId);
  }

  @Post(':groupId/sessions')
  @ApiOperation({ summary: "Plan a session (in person: where; online: the group's webinar room)" })
  @Responds(focusGroupSessionSchema, 201)
  async createSession(
    @CurrentPrincipal() actor: Principal,
    @Param('groupId', ParseIdPipe) groupId: string,
    @Body() body: CreateFocusGroupSessionDto,
  ): Promise<FocusGroupSession> {
    return this.sessions.create(actor, await this.access.managed(actor, groupId), body);
  }

  @Patch(':groupId/sessions/:sessionId')
  @ApiOperation({ summary: 'Change or cancel a session' })
  @Responds(focusGroupSessionSchema)
  async updateSession(
    @CurrentPrincipal() actor: Principal,
    @Param('groupId', ParseIdPipe) groupId: string,
    @Param('sessionId', ParseIdPipe) sessionId: string,
    @Body() body: UpdateFocusGroupSessionDto,
  ): Promise<FocusGroupSession> {
    return this.sessions.update(await this.access.managed(actor, groupId), sessionId, body);
  }

  @Put(':groupId/sessions/:sessionId/notes')
  @ApiOperation({ summary: "Write the session's notes (notulen) in Markdown" })
  @Responds(focusGroupSessionSchema)
  async writeNotes(
    @CurrentPrincipal() actor: Principal,
    @Param('groupId', ParseIdPipe) groupId: string,
    @Param('sessionId', ParseIdPipe) sessionId: string,
    @Body() body: FocusGroupNotesDto,
  ): Promise<FocusGroupSession> {
    return this.sessions.writeNotes(actor, await this.access.managed(actor, groupId), sessionId, body.notesMarkdown);
  }
}
