import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { DomSanitizer, type SafeResourceUrl } from '@angular/platform-browser';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { LearnerLesson } from '@bina-pustaka/shared-contracts';
import { APP_PATHS, LanguageStore, appLink, toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { LearnerApi, formatBytes, type LessonProgressEvent } from '@bina-pustaka/web-data-access/learning';
import { firstValueFrom, map } from 'rxjs';
import { PlayerStore } from './player.store';
import {
  PlayedRangesStore,
  ProgressThrottle,
  REPORT_INTERVAL_MS,
  VIDEO_DONE_FRACTION,
  VisibleTimeClock,
  mergeRanges,
  rangesOf,
  watchedFraction,
} from './progress-tracking';
import { FailureAlertComponent } from '@bina-pustaka/web-ui';

/** Only the two players the page's CSP lets us frame. */
const EMBED_ADDRESS = /^https:\/\/(www\.youtube-nocookie\.com\/embed\/|player\.vimeo\.com\/video\/)[A-Za-z0-9_-]+$/;

/** One lesson in the player, reporting progress the way the api counts it. */
@Component({
  selector: 'bp-lesson-view',
  imports: [RouterLink, TranslocoDirective, FailureAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './lesson-view.component.html',
  styleUrl: './lesson-view.component.css',
})
export class LessonViewComponent {
  private readonly api = inject(LearnerApi);
  private readonly store = inject(PlayerStore);
  private readonly sanitizer = inject(DomSanitizer);
  private readonly injector = inject(Injector);
  private readonly ranges = new PlayedRangesStore();
  protected readonly language = inject(LanguageStore).current;
  protected readonly doneAt = Math.round(VIDEO_DONE_FRACTION * 100);

  protected readonly data = signal<LearnerLesson | null>(null);
  protected readonly loading = signal(true);
  protected readonly failure = signal<ApiFailure | null>(null);
  /** A report could not be saved (offline): shown quietly, tried again on the next event. */
  protected readonly reportFailed = signal(false);
  protected readonly watchedPercent = signal(0);
  protected readonly state = computed(() => {
    const data = this.data();
    return data ? this.store.stateOf(data.lesson.id) : 'not-started';
  });
  protected readonly embedUrl = computed<SafeResourceUrl | null>(() => {
    const url = this.data()?.lesson.videoEmbedUrl;
    return url && EMBED_ADDRESS.test(url) ? this.sanitizer.bypassSecurityTrustResourceUrl(url) : null;
  });
  protected readonly previous = computed(() => this.neighbour(this.data()?.previousLessonId ?? null));
  protected readonly next = computed(() => this.neighbour(this.data()?.nextLessonId ?? null));

  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');
  private readonly sentinel = viewChild<ElementRef<HTMLElement>>('sentinel');
  private readonly video = viewChild<ElementRef<HTMLVideoElement>>('video');
  private readonly embed = viewChild<ElementRef<HTMLIFrameElement>>('embed');
  private stopTracking: (() => void) | null = null;

  constructor() {
    inject(ActivatedRoute)
      .paramMap.pipe(
        map((params) => params.get('lessonId') ?? ''),
        takeUntilDestroyed(),
      )
      .subscribe((lessonId) => void this.show(lessonId));
    inject(DestroyRef).onDestroy(() => this.stop());
  }

  protected size(bytes: number): string {
    return formatBytes(bytes, this.language());
  }

  protected lessonLink(lessonId: string): string {
    return appLink(APP_PATHS.playerLesson, { courseId: this.data()?.courseId ?? '', lessonId });
  }

  /** File downloaded or link followed: that is what completes these lessons. */
  protected opened(): void {
    void this.report({ event: 'opened' });
  }

  private neighbour(lessonId: string | null) {
    if (!lessonId) return null;
    const lesson = this.store.lessons().find((item) => item.id === lessonId);
    return { id: lessonId, title: lesson?.title ?? '' };
  }

  private async show(lessonId: string): Promise<void> {
    this.stop();
    this.loading.set(true);
    this.failure.set(null);
    this.reportFailed.set(false);
    try {
      const data = await firstValueFrom(this.api.lesson(lessonId));
      this.data.set(data);
      this.watchedPercent.set(Math.round(data.watchedFraction * 100));
    } catch (error) {
      this.data.set(null);
      this.failure.set(toApiFailure(error));
      return;
    } finally {
      this.loading.set(false);
    }
    // Shown: the api remembers it as the place to resume (only opening a file or link completes those).
    void this.report({ event: 'viewed' }, lessonId);
    afterNextRender(
      () => {
        // A new lesson after a click in the outline or on Berikutnya: start reading at its title.
        this.heading()?.nativeElement.focus();
        this.startTracking();
      },
      { injector: this.injector },
    );
  }

  private startTracking(): void {
    const data = this.data();
    if (!data) return;
    const { lesson } = data;
    if (lesson.kind === 'text') this.stopTracking = this.trackReading(lesson.id);
    else if (lesson.kind === 'video' && this.video())
      this.stopTracking = this.trackVideo(lesson.id, data.watchedFraction);
    else if (lesson.kind === 'video' && this.embed()) {
      const duration = lesson.videoDurationSeconds ?? lesson.estimatedMinutes * 60;
      this.stopTracking = this.trackEmbed(lesson.id, duration, data.watchedFraction);
    }
  }

  private stop(): void {
    this.stopTracking?.();
    this.stopTracking = null;
  }

  /** Text: done when the end of the body has been on screen. */
  private trackReading(lessonId: string): () => void {
    const sentinel = this.sentinel()?.nativeElement;
    if (!sentinel || this.store.stateOf(lessonId) === 'done' || typeof IntersectionObserver === 'undefined') {
      return () => undefined;
    }
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        observer.disconnect();
        void this.report({ event: 'reached-end' }, lessonId);
      }
    });
    observer.observe(sentinel);
    return () => observer.disconnect();
  }

  /** Uploaded video: the parts actually played (on this device, across visits), every ~10 s and on pause/end. */
  private trackVideo(lessonId: string, alreadyReported: number): () => void {
    const video = this.video()?.nativeElement;
    if (!video) return () => undefined;
    const saved = this.ranges.load(lessonId);
    const throttle = new ProgressThrottle(alreadyReported);
    const check = (force: boolean) => {
      const played = mergeRanges([...saved, ...rangesOf(video.played)]);
      const fraction = watchedFraction(played, video.duration);
      this.watchedPercent.set(Math.max(this.watchedPercent(), Math.floor(fraction * 100)));
      const send = throttle.next(fraction, Date.now(), force);
      if (send === null) return;
      this.ranges.save(lessonId, played);
      void this.report({ event: 'video-progress', watchedFraction: send }, lessonId);
    };
    const onTime = () => check(false);
    const onStop = () => check(true);
    video.addEventListener('timeupdate', onTime);
    video.addEventListener('pause', onStop);
    video.addEventListener('ended', onStop);
    return () => {
      video.removeEventListener('timeupdate', onTime);
      video.removeEventListener('pause', onStop);
      video.removeEventListener('ended', onStop);
      check(true);
    };
  }

  /** YouTube/Vimeo: the time the lesson was on screen in a visible tab, against the video's length. */
  private trackEmbed(lessonId: string, durationSeconds: number, alreadyReported: number): () => void {
    const frame = this.embed()?.nativeElement;
    if (!frame) return () => undefined;
    const clock = new VisibleTimeClock(durationSeconds, alreadyReported);
    const throttle = new ProgressThrottle(alreadyReported);
    let onScreen = true;
    const visible = () => onScreen && document.visibilityState === 'visible';
    const check = (force: boolean) => {
      const fraction = clock.fraction(Date.now());
      this.watchedPercent.set(Math.max(this.watchedPercent(), Math.floor(fraction * 100)));
      const send = throttle.next(fraction, Date.now(), force);
      if (send !== null) void this.report({ event: 'video-progress', watchedFraction: send }, lessonId);
    };
    const observer =
      typeof IntersectionObserver === 'undefined'
        ? null
        : new IntersectionObserver((entries) => {
            onScreen = entries.some((entry) => entry.isIntersecting);
            clock.update(visible(), Date.now());
          });
    observer?.observe(frame);
    const onVisibility = () => {
      clock.update(visible(), Date.now());
      if (!visible()) check(true);
    };
    document.addEventListener('visibilitychange', onVisibility);
    clock.update(visible(), Date.now());
    const timer = setInterval(() => check(false), REPORT_INTERVAL_MS);
    return () => {
      clearInterval(timer);
      observer?.disconnect();
      document.removeEventListener('visibilitychange', onVisibility);
      check(true);
    };
  }

  private async report(event: LessonProgressEvent, lessonId = this.data()?.lesson.id): Promise<void> {
    if (!lessonId) return;
    try {
      const result = await firstValueFrom(this.api.reportProgress(lessonId, event));
      this.reportFailed.set(false);
      this.store.apply(result);
      const data = this.data();
      if (data?.lesson.id === lessonId) {
        this.data.set({ ...data, state: result.state, watchedFraction: result.watchedFraction });
        this.watchedPercent.set(Math.max(this.watchedPercent(), Math.floor(result.watchedFraction * 100)));
      }
    } catch {
      this.reportFailed.set(true);
    }
  }
}
